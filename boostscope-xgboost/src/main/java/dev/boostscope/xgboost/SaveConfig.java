// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import dev.boostscope.core.format.SaveConfigEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * When a collection is saved, with smdebug's semantics ({@code SaveConfigMode.should_save_step}): a step is saved if
 * it is one of {@link #saveSteps()}, <em>or</em> if {@code startStep <= step < endStep} and
 * {@code step % saveInterval == 0}. The steps are a union with the interval, not a replacement; the modulus is
 * absolute, not relative to the start; the end is exclusive ({@code end=0} turns a collection off). A step is a
 * boosting round, counted from 0.
 *
 * <p>The string form, used by {@link #parse} and {@link #toString}, is {@code interval=3,steps=0+5,start=0,end=20}:
 * comma-separated keys, each at most once, in any order; {@code steps} is a {@code +}-separated list. A missing
 * interval means {@value #DEFAULT_INTERVAL} (the XGBoost hook's default); {@code toString()} always writes the
 * interval and leaves out the other keys at their defaults, so {@code parse(c.toString()).equals(c)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SaveConfig {
    /** The XGBoost hook's default interval (smdebug's {@code DEFAULT_SAVE_CONFIG_INTERVAL}). */
    public static final int DEFAULT_INTERVAL = 10;

    private final int saveInterval;
    private final List<Integer> saveSteps;
    private final int startStep;
    private final int endStep;

    private SaveConfig(int saveInterval, List<Integer> saveSteps, int startStep, int endStep) {
        this.saveInterval = saveInterval;
        this.saveSteps = saveSteps;
        this.startStep = startStep;
        this.endStep = endStep;
    }

    /**
     * Returns a configuration saving every {@code interval}-th step from step 0 on.
     *
     * @param interval the interval, positive
     * @return the configuration
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static SaveConfig ofInterval(int interval) {
        return newBuilder().saveInterval(interval).build();
    }

    /**
     * Returns the default configuration: every {@value #DEFAULT_INTERVAL}th step.
     *
     * @return the configuration
     */
    public static SaveConfig defaults() {
        return ofInterval(DEFAULT_INTERVAL);
    }

    /**
     * Returns a builder; each setter validates its value at once and may be called once.
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Parses the string form, such as {@code interval=3,steps=0+5,start=0,end=20}.
     *
     * @param text the text
     * @return the configuration
     * @throws IllegalArgumentException if the text is blank, a key is unknown or repeated, or a value is not a
     *     non-negative integer (a positive one for the interval); the message quotes the text and the bad part
     */
    public static SaveConfig parse(String text) {
        return SaveConfigParser.parse(text);
    }

    /**
     * Returns the interval.
     *
     * @return the interval, positive
     */
    public int saveInterval() {
        return saveInterval;
    }

    /**
     * Returns the steps always saved.
     *
     * @return the steps, sorted ascending without duplicates; unmodifiable, possibly empty
     */
    public List<Integer> saveSteps() {
        return saveSteps;
    }

    /**
     * Returns the first step of the interval range.
     *
     * @return the start step, non-negative
     */
    public int startStep() {
        return startStep;
    }

    /**
     * Returns the exclusive end of the interval range.
     *
     * @return the end step, or empty for no end
     */
    public OptionalInt endStep() {
        return endStep < 0 ? OptionalInt.empty() : OptionalInt.of(endStep);
    }

    /**
     * Returns whether a step is saved.
     *
     * @param step the step (boosting round)
     * @return true if it is one of the save steps, or in range and a multiple of the interval
     */
    public boolean shouldSave(long step) {
        return toEntry().shouldSave(step);
    }

    /**
     * Returns this configuration as the collections file records it for one mode.
     *
     * @return the entry
     */
    public SaveConfigEntry toEntry() {
        List<Long> steps = saveSteps.stream().map(Integer::longValue).toList();
        return new SaveConfigEntry(saveInterval, steps, startStep,
                endStep < 0 ? OptionalLong.empty() : OptionalLong.of(endStep));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SaveConfig that && saveInterval == that.saveInterval && startStep == that.startStep
                && endStep == that.endStep && saveSteps.equals(that.saveSteps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(saveInterval, saveSteps, startStep, endStep);
    }

    /**
     * Returns the string form, which {@link #parse} reads back to an equal configuration.
     *
     * @return for example {@code interval=3,steps=0+5,end=20}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("interval=").append(saveInterval);
        if (!saveSteps.isEmpty()) {
            text.append(",steps=");
            for (int i = 0; i < saveSteps.size(); i++) {
                text.append(i == 0 ? "" : "+").append(saveSteps.get(i));
            }
        }
        if (startStep != 0) {
            text.append(",start=").append(startStep);
        }
        if (endStep >= 0) {
            text.append(",end=").append(endStep);
        }
        return text.toString();
    }

    /**
     * Builds a {@link SaveConfig}; unset values take their defaults (interval {@value #DEFAULT_INTERVAL}, no save
     * steps, start 0, no end).
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private int saveInterval = -1;
        private List<Integer> saveSteps;
        private int startStep = -1;
        private int endStep = -1;

        private Builder() {
        }

        /**
         * Sets the interval.
         *
         * @param interval the interval, positive
         * @return this builder
         * @throws IllegalArgumentException if the interval is not positive
         * @throws IllegalStateException if the interval was already set
         */
        public Builder saveInterval(int interval) {
            requireUnset(saveInterval < 0, "save_interval", saveInterval);
            if (interval <= 0) {
                throw new IllegalArgumentException("save_interval must be positive: " + interval);
            }
            saveInterval = interval;
            return this;
        }

        /**
         * Sets the steps always saved, in addition to the interval.
         *
         * @param steps the steps, each non-negative; order and duplicates do not matter
         * @return this builder
         * @throws IllegalArgumentException if a step is negative
         * @throws IllegalStateException if the steps were already set
         */
        public Builder saveSteps(int... steps) {
            requireUnset(saveSteps == null, "save_steps", saveSteps);
            TreeSet<Integer> sorted = new TreeSet<>();
            for (int step : steps) {
                if (step < 0) {
                    throw new IllegalArgumentException("save_steps must be non-negative: " + step);
                }
                sorted.add(step);
            }
            saveSteps = List.copyOf(sorted);
            return this;
        }

        /**
         * Sets the first step of the interval range.
         *
         * @param step the start, non-negative
         * @return this builder
         * @throws IllegalArgumentException if the step is negative
         * @throws IllegalStateException if the start was already set
         */
        public Builder startStep(int step) {
            requireUnset(startStep < 0, "start_step", startStep);
            if (step < 0) {
                throw new IllegalArgumentException("start_step must be non-negative: " + step);
            }
            startStep = step;
            return this;
        }

        /**
         * Sets the exclusive end of the interval range.
         *
         * @param step the end, non-negative; 0 saves nothing by interval
         * @return this builder
         * @throws IllegalArgumentException if the step is negative
         * @throws IllegalStateException if the end was already set
         */
        public Builder endStep(int step) {
            requireUnset(endStep < 0, "end_step", endStep);
            if (step < 0) {
                throw new IllegalArgumentException("end_step must be non-negative: " + step);
            }
            endStep = step;
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @return the configuration
         */
        public SaveConfig build() {
            return new SaveConfig(saveInterval < 0 ? DEFAULT_INTERVAL : saveInterval,
                    saveSteps == null ? List.of() : saveSteps, Math.max(startStep, 0), endStep);
        }

        private static void requireUnset(boolean unset, String key, Object current) {
            if (!unset) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s was already set to %s", key, current));
            }
        }
    }

    /** Parses the string form; a separate class keeps {@link SaveConfig} short. */
    private static final class SaveConfigParser {
        private SaveConfigParser() {
        }

        static SaveConfig parse(String text) {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("save config must not be blank: '" + text + "'");
            }
            Builder builder = newBuilder();
            for (String part : text.split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw fail(text, "expected key=value, found '" + part + "'");
                }
                apply(builder, text, part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
            return builder.build();
        }

        private static void apply(Builder builder, String text, String key, String value) {
            try {
                switch (key) {
                    case "interval" -> builder.saveInterval(number(text, key, value));
                    case "steps" -> builder.saveSteps(steps(text, value));
                    case "start" -> builder.startStep(number(text, key, value));
                    case "end" -> builder.endStep(number(text, key, value));
                    default -> throw fail(text, "unknown key '" + key + "' (expected interval, steps, start, end)");
                }
            } catch (IllegalStateException e) {
                throw fail(text, "key '" + key + "' given twice");
            }
        }

        private static int[] steps(String text, String value) {
            List<Integer> steps = new ArrayList<>();
            for (String step : value.split("\\+", -1)) {
                steps.add(number(text, "steps", step.strip()));
            }
            return steps.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int number(String text, String key, String value) {
            String expected = key.equals("interval") ? "a positive" : "a non-negative";
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 0 || parsed == 0 && key.equals("interval")) {
                throw fail(text, String.format(Locale.ROOT, "%s must be %s integer: '%s'", key, expected, value));
            }
            return parsed;
        }

        private static IllegalArgumentException fail(String text, String problem) {
            return new IllegalArgumentException(String.format(Locale.ROOT, "save config '%s': %s", text, problem));
        }
    }
}
