// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import dev.boostscope.app.dashboard.api.ApiException;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.core.TrialNotFoundException;
import java.util.Locale;

/**
 * Maps what a handler throws to the status and body answered: 400 for a bad parameter, 404 for an unknown run, trial,
 * step or tensor (retryable when the step or trial may still come), 500 otherwise (retryable for storage failures).
 *
 * <p>Stateless; thread-safe.
 */
final class ErrorMapping {
    private ErrorMapping() {
    }

    /**
     * Translates an exception.
     *
     * @param e what a handler threw
     * @return the exception to answer with
     */
    static ApiException translate(Exception e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof StepNotYetAvailableException || e instanceof TrialNotFoundException) {
            return ApiException.notFound(message(e), true);
        }
        if (e instanceof StepUnavailableException || e instanceof TensorUnavailableException
                || e instanceof NoMoreDataException) {
            return ApiException.notFound(message(e), false);
        }
        if (e instanceof IllegalArgumentException) {
            return ApiException.badParameter(message(e));
        }
        if (e instanceof StorageException) {
            return new ApiException(500, message(e), true);
        }
        return new ApiException(500, String.format(Locale.ROOT, "internal error: %s: %s",
                e.getClass().getSimpleName(), message(e)), false);
    }

    /** Returns whether the error is the server's fault, to be logged with its stack trace. */
    static boolean isInternal(ApiException e) {
        return e.status() >= 500;
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
