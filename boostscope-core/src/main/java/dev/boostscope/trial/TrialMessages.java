// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Builds the reader's exceptions, each naming the step (and its mode when not GLOBAL), the tensor and the trial URI,
 * such as {@code step 42 of 'train-rmse' not yet written to s3://b/run-7/ (last complete step: 40)}.
 *
 * <p>Thread-safe.
 */
final class TrialMessages {
    private TrialMessages() {
    }

    static StepNotYetAvailableException notYet(String uri, @Nullable String tensor, int step, Mode mode,
            int lastComplete) {
        return new StepNotYetAvailableException(String.format(Locale.ROOT, "%s not yet written to %s (%s)",
                subject(tensor, step, mode), uri, lastComplete(lastComplete)));
    }

    static StepNotYetAvailableException notYetAfter(String uri, int step, Mode mode, java.time.Duration waited,
            int lastComplete, @Nullable Throwable cause) {
        return new StepNotYetAvailableException(String.format(Locale.ROOT, "%s not yet written to %s after "
                + "waiting %s (%s)", subject(null, step, mode), uri, waited, lastComplete(lastComplete)), cause);
    }

    static StepUnavailableException unavailable(String uri, @Nullable String tensor, int step, Mode mode,
            int lastComplete) {
        return new StepUnavailableException(String.format(Locale.ROOT,
                "%s was not saved in %s and will not be (last complete step: %d)",
                subject(tensor, step, mode), uri, lastComplete));
    }

    static NoMoreDataException noMoreData(String uri, @Nullable String tensor, int step, Mode mode, int lastStep) {
        return new NoMoreDataException(String.format(Locale.ROOT,
                "%s is beyond the end of %s: training has ended (last step: %s)",
                subject(tensor, step, mode), uri, lastStep < 0 ? "none" : Integer.toString(lastStep)));
    }

    static TensorUnavailableException notAtStep(String uri, String tensor, int step, Mode mode,
            @Nullable String worker) {
        return new TensorUnavailableException(String.format(Locale.ROOT, "tensor '%s' was not saved at step %d%s%s "
                + "of %s", tensor, step, modeSuffix(mode), worker == null ? "" : " by worker '" + worker + "'", uri));
    }

    static TensorUnavailableException unknownTensor(String uri, String tensor, int known) {
        return new TensorUnavailableException(String.format(Locale.ROOT,
                "tensor '%s' not found in %s (%d tensor names known)", tensor, uri, known));
    }

    static IllegalArgumentException unknownWorker(String uri, String worker, Collection<String> known) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "worker '%s' never wrote %s: known workers %s", worker, uri, known));
    }

    static String lastComplete(int lastComplete) {
        return lastComplete < 0 ? "no step complete yet" : "last complete step: " + lastComplete;
    }

    private static String subject(@Nullable String tensor, int step, Mode mode) {
        String text = "step " + step + modeSuffix(mode);
        return tensor == null ? text : text + " of '" + tensor + "'";
    }

    private static String modeSuffix(Mode mode) {
        return mode == Mode.GLOBAL ? "" : " (mode " + mode.wireName() + ")";
    }
}
