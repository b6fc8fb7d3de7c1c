// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Locale;

/**
 * The training data formats a channel's {@code ContentType} may name, as SageMaker's XGBoost accepts them.
 *
 * <p>Immutable.
 */
public enum DataFormat {
    /** LIBSVM text: {@code label index:value ...}, indices from 0 or 1. */
    LIBSVM,
    /** CSV without a header, the label in the first column. */
    CSV;

    /** The content types accepted, for messages. */
    public static final String ACCEPTED = "libsvm, text/libsvm, text/x-libsvm, csv or text/csv";

    /**
     * Returns the format a content type names. MIME parameters are allowed where SageMaker allows them
     * ({@code text/csv;label_size=1}).
     *
     * @param contentType the content type, such as {@code text/libsvm}
     * @return the format
     * @throws IllegalArgumentException if the content type is not one of {@link #ACCEPTED}
     */
    public static DataFormat fromContentType(String contentType) {
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].strip().equalsIgnoreCase("label_size=1")) {
                throw unknown(contentType);
            }
        }
        switch (type) {
            case "libsvm", "text/libsvm", "text/x-libsvm" -> {
                return LIBSVM;
            }
            case "csv", "text/csv" -> {
                return CSV;
            }
            default -> throw unknown(contentType);
        }
    }

    private static IllegalArgumentException unknown(String contentType) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown content type '%s': expected %s", contentType, ACCEPTED));
    }
}
