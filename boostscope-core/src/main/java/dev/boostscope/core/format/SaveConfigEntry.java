// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * When a collection is saved in one mode (smdebug's {@code SaveConfigMode}): at every step in {@code saveSteps}, or at
 * {@code startStep <= step < endStep} with {@code step % saveInterval == 0} (the modulus is absolute).
 *
 * @param saveInterval the interval, positive
 * @param saveSteps steps always saved
 * @param startStep the first step of the interval range
 * @param endStep the exclusive end of the range, or empty for none
 *
 * <p>Immutable.
 */
public record SaveConfigEntry(long saveInterval, List<Long> saveSteps, long startStep, OptionalLong endStep) {

    /**
     * Validates and copies.
     *
     * @param saveInterval the interval
     * @param saveSteps the steps always saved
     * @param startStep the first step
     * @param endStep the exclusive end
     */
    public SaveConfigEntry {
        if (saveInterval <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "save_interval must be positive: %d", saveInterval));
        }
        if (startStep < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "start_step must be non-negative: %d", startStep));
        }
        saveSteps = List.copyOf(saveSteps);
    }

    /**
     * Returns whether a step is saved.
     *
     * @param step the step in the mode's numbering
     * @return true if saved
     */
    public boolean shouldSave(long step) {
        if (saveSteps.contains(step)) {
            return true;
        }
        boolean inRange = step >= startStep && (endStep.isEmpty() || step < endStep.getAsLong());
        return inRange && step % saveInterval == 0;
    }
}
