// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs a fired rule's alert as JSON to a URL. Each attempt runs asynchronously on the HTTP client; a failed attempt
 * (an I/O error or a non-2xx status) is retried on the scheduler after an exponentially growing delay
 * ({@code initial, 2 * initial, ...}, capped), up to a number of attempts. Nothing blocks the caller.
 *
 * <p>Thread-safe.
 */
final class WebhookAction implements RuleAction {
    private static final System.Logger LOG = System.getLogger(WebhookAction.class.getName());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final RetryPolicy retry;

    WebhookAction(URI url, HttpClient client, ScheduledExecutorService scheduler, RetryPolicy retry) {
        this.url = url;
        this.client = client;
        this.scheduler = scheduler;
        this.retry = retry;
    }

    @Override
    public void onFired(RuleAlert alert) {
        deliver(alert);
    }

    @Override
    public ActionSpec spec() {
        return new ActionSpec.Webhook(url);
    }

    /**
     * Starts delivering an alert.
     *
     * @return completes with the successful attempt's status code, or exceptionally once every attempt failed
     */
    CompletableFuture<Integer> deliver(RuleAlert alert) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alert.toJson())).build();
        CompletableFuture<Integer> result = new CompletableFuture<>();
        attempt(request, alert, 1, result);
        return result;
    }

    private void attempt(HttpRequest request, RuleAlert alert, int attempt, CompletableFuture<Integer> result) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                result.complete(response.statusCode());
                return;
            }
            Throwable failure = error != null ? error : new WebhookException(String.format(Locale.ROOT,
                    "webhook %s answered HTTP %d", url, response.statusCode()));
            if (attempt >= retry.maxAttempts()) {
                LOG.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                        "webhook %s for rule %s failed %d times; giving up", url, alert.ruleConfigurationName(),
                        attempt), failure);
                result.completeExceptionally(failure);
                return;
            }
            scheduler.schedule(() -> attempt(request, alert, attempt + 1, result),
                    retry.delayBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** A webhook answered with a non-2xx status. */
    static final class WebhookException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WebhookException(String message) {
            super(message);
        }
    }
}
