// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.RuleResult;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one evaluation of a rule came to, classified the same way offline and live, as smdebug's {@code invoke_rule}
 * does: fired, not fired, skipped (data missing at this step), or an error.
 *
 * @param kind the kind
 * @param finding the finding when fired
 * @param error the failure when skipped or an error
 *
 * <p>Immutable.
 */
record Outcome(Kind kind, @Nullable Finding finding, @Nullable Throwable error) {

    /** The kinds of outcome. */
    enum Kind {
        FIRED, NOT_FIRED, SKIPPED, ERROR
    }

    /**
     * Runs one evaluation and classifies it. Runtime exceptions, and the errors a faulty user rule can cause (a class
     * missing from its jar, an assertion, a runaway recursion), are the rule's errors; other {@link Error}s pass.
     */
    static Outcome of(Supplier<RuleResult> evaluation) {
        try {
            RuleResult result = evaluation.get();
            return result.finding().map(f -> new Outcome(Kind.FIRED, f, null))
                    .orElseGet(() -> new Outcome(Kind.NOT_FIRED, null, null));
        } catch (StepUnavailableException | TensorUnavailableException | StepNotYetAvailableException e) {
            return new Outcome(Kind.SKIPPED, null, e);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            return new Outcome(Kind.ERROR, null, e);
        }
    }

    /** Returns the error's message, prefixed by its type unless it is one of ours or an argument/state error. */
    String reason() {
        if (error == null) {
            return "";
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        boolean ours = error instanceof BoostscopeException || error instanceof IllegalArgumentException
                || error instanceof IllegalStateException;
        if (ours && !message.isBlank()) {
            return message;
        }
        return message.isBlank() ? error.getClass().getName() : error.getClass().getSimpleName() + ": " + message;
    }
}
