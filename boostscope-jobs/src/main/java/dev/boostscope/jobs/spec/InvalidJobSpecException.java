// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a job spec is malformed or names something that cannot work; lists every problem found, each naming the
 * key and the value. A usage error: the CLI exits with 2.
 *
 * <p>Immutable.
 */
public final class InvalidJobSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order found. */
    private final List<String> errors;

    /**
     * Creates the exception.
     *
     * @param source the spec's file or origin, for the message
     * @param errors the problems, non-empty
     */
    public InvalidJobSpecException(String source, List<String> errors) {
        super(message(source, errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns the problems.
     *
     * @return each problem, naming the key and the value
     */
    public List<String> errors() {
        return errors;
    }

    private static String message(String source, List<String> errors) {
        if (errors.size() == 1) {
            return String.format(Locale.ROOT, "invalid job spec %s: %s", source, errors.get(0));
        }
        return String.format(Locale.ROOT, "invalid job spec %s: %d problems: %s", source, errors.size(),
                String.join("; ", errors));
    }
}
