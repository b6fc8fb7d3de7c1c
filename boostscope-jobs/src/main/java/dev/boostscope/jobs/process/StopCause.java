// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.util.Locale;

/**
 * Why a job is stopping, and how it ends: Stopped (a user, a signal, a rule) or MaxRuntimeExceeded.
 *
 * @param terminal the detailed status the job ends in
 * @param reason the stop reason, as {@code StopReason} in the status
 * @param message the final transition's message
 *
 * <p>Immutable.
 */
record StopCause(SecondaryStatus terminal, String reason, String message) {

    static StopCause requested(String reason) {
        return new StopCause(SecondaryStatus.STOPPED, reason, "Training job stopped: " + reason);
    }

    static StopCause maxRuntime(long seconds) {
        String reason = String.format(Locale.ROOT, "MaxRuntimeInSeconds (%d) exceeded", seconds);
        return new StopCause(SecondaryStatus.MAX_RUNTIME_EXCEEDED, reason,
                "Training job stopped: " + reason + "; the data saved so far is kept");
    }

    static StopCause rule(String ruleConfigurationName) {
        String reason = JobStatus.ruleStopReason(ruleConfigurationName);
        return new StopCause(SecondaryStatus.STOPPED, reason, "Training job stopped: " + reason);
    }
}
