// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Locale;

/**
 * The text formats {@link DatasetReader} reads, with the names SageMaker's XGBoost uses for them.
 *
 * <p>Immutable.
 */
public enum InputFormat {
    /**
     * LIBSVM (also XGBoost's and SVMlight's): {@code LABEL [qid:N] INDEX:VALUE ...} per line, indices increasing,
     * {@code #} starts a comment; blank lines are skipped.
     */
    LIBSVM("libsvm"),
    /**
     * CSV as SageMaker's XGBoost reads it: the label in the first column, no header, an empty field is a missing value.
     */
    CSV("csv");

    private final String wireName;

    InputFormat(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name SageMaker uses in content types ({@code text/libsvm}, {@code text/csv}).
     *
     * @return {@code libsvm} or {@code csv}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the format with the given name or content type ({@code libsvm}, {@code text/libsvm}, {@code csv},
     * {@code text/csv}), ignoring case.
     *
     * @param name the format name or content type
     * @return the format
     * @throws IllegalArgumentException if the name is neither
     */
    public static InputFormat parse(String name) {
        String bare = name.trim().toLowerCase(Locale.ROOT);
        bare = bare.startsWith("text/") ? bare.substring("text/".length()) : bare;
        for (InputFormat format : values()) {
            if (format.wireName.equals(bare)) {
                return format;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "input format must be libsvm or csv (or text/libsvm, text/csv): '%s'", name));
    }
}
