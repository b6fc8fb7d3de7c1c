// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.util.Locale;

/**
 * The phase a step was saved in, as smdebug's {@code ModeKeys}; XGBoost saves everything as {@link #GLOBAL}.
 *
 * <p>Immutable.
 */
public enum Mode {
    /** Training. */
    TRAIN(1),
    /** Evaluation. */
    EVAL(2),
    /** Prediction. */
    PREDICT(3),
    /** No particular phase: what XGBoost writes. */
    GLOBAL(4);

    private final int wireValue;

    Mode(int wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the number written in an event's {@code mode} plugin data.
     *
     * @return 1 to 4
     */
    public int wireValue() {
        return wireValue;
    }

    /**
     * Returns the name written in an index file's {@code meta.mode}.
     *
     * @return the upper-case name, such as {@code GLOBAL}
     */
    public String wireName() {
        return name();
    }

    /**
     * Returns the mode with the given wire number.
     *
     * @param value the number, 1 to 4
     * @return the mode
     * @throws IllegalArgumentException if no mode has that number
     */
    public static Mode fromWireValue(int value) {
        for (Mode mode : values()) {
            if (mode.wireValue == value) {
                return mode;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "mode must be 1 to 4: %d", value));
    }

    /**
     * Returns the mode with the given name, ignoring case and surrounding blanks.
     *
     * @param name a name such as {@code GLOBAL} or {@code train}
     * @return the mode
     * @throws IllegalArgumentException if no mode has that name
     */
    public static Mode parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (Mode mode : values()) {
            if (mode.name().equals(key)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                String.format(Locale.ROOT, "mode must be one of TRAIN, EVAL, PREDICT, GLOBAL: '%s'", name));
    }
}
