// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

/**
 * A worker of a multi-worker job ended badly; its message is the job's whole failure reason, naming the worker, its
 * pid, its exit code and its round ({@code AlgorithmError: worker_1 (pid 1234) exited with code 137 at round 5}).
 *
 * <p>Immutable.
 */
final class WorkerFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerFailedException(String reason) {
        super(reason);
    }
}
