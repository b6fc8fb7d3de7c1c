// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --worker} option of the commands that read values: which worker of a multi-worker trial to read. Without
 * it, values come from the first worker (by name) that saved each step, as smdebug reads them.
 *
 * <p>Stateless; thread-safe.
 */
final class WorkerChoice {
    /** The option's description, shared by the commands. */
    static final String DESCRIPTION = "The worker of a multi-worker trial to read, such as worker_1 (default: the "
            + "first worker, by name, that saved each step).";

    private WorkerChoice() {
    }

    /**
     * Returns the trial as the chosen worker wrote it, checking that the worker wrote it.
     *
     * @param trial the trial
     * @param worker the chosen worker, or null for the default
     * @return the trial itself when no worker was chosen, else a view of that worker
     * @throws IllegalArgumentException if the trial has workers and the chosen one is not among them
     */
    static Trial view(Trial trial, @Nullable String worker) {
        if (worker == null) {
            return trial;
        }
        check(trial, worker);
        return Trials.workerView(trial, worker);
    }

    /**
     * Checks that a chosen worker wrote the trial, once any worker has.
     *
     * @param trial the trial
     * @param worker the chosen worker
     * @throws IllegalArgumentException naming the trial's workers if it did not
     */
    static void check(Trial trial, String worker) {
        if (!trial.workers().isEmpty() && !trial.workers().contains(worker)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--worker must be one of the workers of %s (%s): '%s'", trial.uri(),
                    String.join(", ", trial.workers()), worker));
        }
    }
}
