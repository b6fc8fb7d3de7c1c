// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Builds running {@link RuleAction}s from {@link ActionSpec}s, and owns what they share: the training stopper, the HTTP
 * client and the scheduler that retries webhooks.
 *
 * <p>Example: <pre>{@code
 * try (Actions actions = Actions.newBuilder().trainingStopper(job::requestStop).build()) {
 *     List<RuleAction> running = actions.create(ActionSpec.parseAll("[{\"name\":\"stoptraining\"}]"));
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Actions implements AutoCloseable {
    private final @Nullable TrainingStopper stopper;
    private final HttpClient httpClient;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final RetryPolicy retry;

    private Actions(Builder builder) {
        this.stopper = builder.stopper;
        this.httpClient = builder.httpClient != null ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = builder.scheduler != null ? builder.scheduler
                : Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "boostscope-webhook-retry");
                    thread.setDaemon(true);
                    return thread;
                });
        this.retry = builder.retry;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Builds the running actions.
     *
     * @param specs the configured actions
     * @return one action per spec, in order
     * @throws IllegalStateException if a spec asks to stop training and no stopper was given
     */
    public List<RuleAction> create(List<ActionSpec> specs) {
        List<RuleAction> actions = new ArrayList<>();
        for (ActionSpec spec : specs) {
            actions.add(create(spec));
        }
        return List.copyOf(actions);
    }

    private RuleAction create(ActionSpec spec) {
        if (spec instanceof ActionSpec.StopTraining) {
            if (stopper == null) {
                throw new IllegalStateException("action stoptraining needs a running job: no training stopper given");
            }
            return new StopTrainingAction(stopper);
        }
        if (spec instanceof ActionSpec.Webhook) {
            return new WebhookAction(((ActionSpec.Webhook) spec).url(), httpClient, scheduler, retry);
        }
        return new LogAction();
    }

    /** Stops retrying webhooks if the scheduler is this object's own; deliveries in flight may still finish. */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    /** Builds {@link Actions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable TrainingStopper stopper;
        private @Nullable HttpClient httpClient;
        private @Nullable ScheduledExecutorService scheduler;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private boolean retrySet;

        private Builder() {
        }

        /**
         * Sets what stops the training; without one, a stoptraining action cannot be created.
         *
         * @param trainingStopper the job's stopper
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder trainingStopper(TrainingStopper trainingStopper) {
            requireUnset(stopper, "trainingStopper");
            this.stopper = Objects.requireNonNull(trainingStopper, "trainingStopper");
            return this;
        }

        /**
         * Sets the HTTP client of webhooks; a client with a 10 s connect timeout by default.
         *
         * @param client the client
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder httpClient(HttpClient client) {
            requireUnset(httpClient, "httpClient");
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets the scheduler that retries webhooks; the caller shuts it down. By default {@link Actions} owns one
         * daemon thread.
         *
         * @param retryScheduler the scheduler
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder scheduler(ScheduledExecutorService retryScheduler) {
            requireUnset(scheduler, "scheduler");
            this.scheduler = Objects.requireNonNull(retryScheduler, "retryScheduler");
            return this;
        }

        /**
         * Sets how webhooks are retried; {@link RetryPolicy#DEFAULT} by default.
         *
         * @param policy the policy
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder retryPolicy(RetryPolicy policy) {
            if (retrySet) {
                throw new IllegalStateException("retryPolicy was already set to " + retry);
            }
            this.retry = Objects.requireNonNull(policy, "policy");
            this.retrySet = true;
            return this;
        }

        /**
         * Builds the factory.
         *
         * @return the factory; close it when the rules are done
         */
        public Actions build() {
            return new Actions(this);
        }

        private static void requireUnset(@Nullable Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set to " + current);
            }
        }
    }
}
