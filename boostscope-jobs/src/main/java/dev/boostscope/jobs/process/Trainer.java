// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.DebugHookSpec;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs the boosting rounds of a job with the debugger on, checking the stop flag between rounds and reporting each
 * round; the one place the job process touches XGBoost.
 *
 * <p>Implementations are not thread-safe: one training per instance.
 */
interface Trainer {

    /**
     * Stages the data of a plan and loads it into XGBoost (the Downloading phase), ready to train; a multi-worker
     * trainer starts its workers, which stage and load their own shares.
     *
     * @param plan what to train
     * @return the loaded session; the caller closes it
     * @throws Exception XGBoost's errors pass through unchanged; unreadable data fails with the file and line
     */
    Session load(Plan plan) throws Exception;

    /** Loaded data, ready to train once. */
    interface Session extends AutoCloseable {
        /**
         * Trains. Blocks until {@code numRound} rounds are done or a stop is requested; the debugger data is flushed
         * and the end marker written before it returns.
         *
         * @param stop checked between rounds
         * @param observer told after each round
         * @return the model and the last metrics
         * @throws Exception XGBoost's errors pass through unchanged
         */
        Outcome train(StopFlag stop, RoundObserver observer) throws Exception;

        /** Frees the native data. */
        @Override
        void close();
    }

    /**
     * What to train.
     *
     * @param jobName the job's name
     * @param params XGBoost's parameters, without {@code num_round}
     * @param numRound the number of rounds
     * @param train the training channel
     * @param validation the validation channel, or null
     * @param hook the debugger's configuration
     * @param artifactsPath where the trial goes
     */
    record Plan(String jobName, Map<String, Object> params, int numRound, Channel train,
            @Nullable Channel validation, DebugHookSpec hook, String artifactsPath) {
        public Plan {
            Objects.requireNonNull(jobName, "jobName");
            params = Map.copyOf(params);
            Objects.requireNonNull(train, "train");
            Objects.requireNonNull(hook, "hook");
            Objects.requireNonNull(artifactsPath, "artifactsPath");
        }
    }

    /**
     * What training produced.
     *
     * @param model the model in XGBoost's UBJSON format
     * @param rounds the rounds completed
     * @param metrics the last round's metrics, named as XGBoost prints them ({@code train-rmse})
     */
    record Outcome(byte[] model, int rounds, Map<String, Double> metrics) {
        public Outcome {
            Objects.requireNonNull(model, "model");
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        }
    }

    /** Told after each round. */
    interface RoundObserver {
        /**
         * Called on the training thread after a round.
         *
         * @param round the round just done, from 0
         * @param metrics its metrics, named as XGBoost prints them, in evaluation order
         */
        void onRound(int round, Map<String, Double> metrics);
    }
}
