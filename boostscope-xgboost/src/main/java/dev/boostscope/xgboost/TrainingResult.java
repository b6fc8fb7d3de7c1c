// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import ml.dmlc.xgboost4j.java.Booster;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link DebugTraining#train()}: the booster (which the caller now owns and disposes), how many rounds
 * ran, how training ended, the best iteration and score (as XGBoost4J records them in the booster's attributes), the
 * last round's metrics and the hook's statistics.
 *
 * <p>Immutable (the booster itself is not thread-safe).
 */
public final class TrainingResult {
    private final Booster booster;
    private final int roundsCompleted;
    private final Completion completion;
    private final @Nullable String stopReason;
    private final int bestIteration;
    private final double bestScore;
    private final Map<String, Double> finalMetrics;
    private final HookStatistics hookStatistics;

    TrainingResult(Booster booster, int roundsCompleted, Completion completion, @Nullable String stopReason,
            EarlyStopping best, Map<String, Double> finalMetrics, HookStatistics hookStatistics) {
        this.booster = Objects.requireNonNull(booster, "booster");
        this.roundsCompleted = roundsCompleted;
        this.completion = Objects.requireNonNull(completion, "completion");
        this.stopReason = stopReason;
        this.bestIteration = best.bestIteration();
        this.bestScore = best.bestScore();
        this.finalMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(finalMetrics));
        this.hookStatistics = Objects.requireNonNull(hookStatistics, "hookStatistics");
    }

    /**
     * Returns the trained booster; the caller owns it and calls {@code dispose()} when done.
     *
     * @return the booster
     */
    public Booster booster() {
        return booster;
    }

    /**
     * Returns the number of rounds that ran (the booster's boosted rounds).
     *
     * @return the rounds
     */
    public int roundsCompleted() {
        return roundsCompleted;
    }

    /**
     * Returns how training ended.
     *
     * @return the completion
     */
    public Completion completion() {
        return completion;
    }

    /**
     * Returns why training stopped before its last round.
     *
     * @return the stop signal's reason or the early-stopping message, or empty if all rounds ran
     */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /**
     * Returns the round with the best score on the last eval set's last metric.
     *
     * @return the best iteration, or empty without eval sets
     */
    public OptionalInt bestIteration() {
        return bestIteration < 0 ? OptionalInt.empty() : OptionalInt.of(bestIteration);
    }

    /**
     * Returns the best score, as a float widened to double (XGBoost4J compares floats).
     *
     * @return the best score, or empty without eval sets
     */
    public OptionalDouble bestScore() {
        return bestIteration < 0 ? OptionalDouble.empty() : OptionalDouble.of(bestScore);
    }

    /**
     * Returns the last round's evaluation results.
     *
     * @return the metrics by {@code <eval>-<metric>}; empty without eval sets or rounds
     */
    public Map<String, Double> finalMetrics() {
        return finalMetrics;
    }

    /**
     * Returns what the hook did.
     *
     * @return the statistics, {@link HookStatistics#NONE} without a hook
     */
    public HookStatistics hookStatistics() {
        return hookStatistics;
    }

    @Override
    public String toString() {
        return "TrainingResult[rounds=" + roundsCompleted + ", completion=" + completion
                + (stopReason == null ? "" : ", reason=" + stopReason) + ", bestIteration=" + bestIteration()
                + ", finalMetrics=" + finalMetrics + ", hook=" + hookStatistics + "]";
    }
}
