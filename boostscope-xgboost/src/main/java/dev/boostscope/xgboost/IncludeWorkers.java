// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.Locale;

/**
 * Which workers of a distributed XGBoost run write a trial (smdebug's {@code include_workers}).
 *
 * <p>Immutable.
 */
public enum IncludeWorkers {
    /** Only rank 0 writes, as {@code worker_0}, and records one worker (smdebug's default). */
    ONE("one"),
    /** Every rank writes as {@code worker_<rank>} and records the world size as the number of workers. */
    ALL("all");

    private final String wireName;

    IncludeWorkers(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name smdebug's JSON configuration uses.
     *
     * @return {@code one} or {@code all}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Parses the JSON configuration's value.
     *
     * @param text {@code one} or {@code all}, in any case
     * @return the value
     * @throws IllegalArgumentException if the text is neither
     */
    public static IncludeWorkers parse(String text) {
        for (IncludeWorkers value : values()) {
            if (value.wireName.equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "include_workers must be 'one' or 'all': '%s'", text));
    }
}
