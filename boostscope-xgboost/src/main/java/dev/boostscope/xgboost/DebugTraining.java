// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.IEvaluation;
import ml.dmlc.xgboost4j.java.IObjective;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Trains an XGBoost4J booster like {@code XGBoost.train}, while the hook captures the configured collections. XGBoost4J
 * has no per-round callback, so this class owns the boosting loop ({@code Booster.update} and {@code evalSet} per
 * round). A user switches in one line:
 *
 * <pre>{@code
 * Booster booster = XGBoost.train(dtrain, params, 25, watches, null, null);
 * Booster booster = DebugTraining.train(dtrain, params, 25, watches, null, null, hookConfig);
 * }</pre>
 *
 * <p>The builder adds a {@link StopSignal}, a {@link RoundListener}, and returns a {@link TrainingResult}:
 *
 * <pre>{@code
 * TrainingResult result = DebugTraining.newBuilder()
 *         .params(params).trainData(dtrain).rounds(25)
 *         .evalSet("train", dtrain).evalSet("validation", dval)
 *         .hook(HookConfig.newBuilder().outputLocation("/tmp/run-1")
 *                 .collection(CollectionConfig.of("predictions", SaveConfig.ofInterval(3))).build())
 *         .build().train();
 * }</pre>
 *
 * <p>Semantics are XGBoost4J 3.4's: a fresh booster built with the training data and eval sets as caches; every
 * metric of every eval set is evaluated each round (and, beyond XGBoost4J, an {@code eval_metric} given as a
 * collection adds each metric, as Python's list does); early stopping watches the last eval set. XGBoost's
 * {@link XGBoostError} passes through unchanged; the hook's own failures never surface as XGBoost errors and, unless
 * the hook is in fail-fast mode, never end training.
 *
 * <p>Lifetimes: the caller owns the training and eval matrices (never disposed here) and the returned booster
 * (dispose it when done). The matrices the hook makes (SHAP rows) are disposed before {@code train} returns. If
 * training fails, the booster is disposed, and the hook is closed all the same: what was captured is flushed and the
 * end marker written.
 *
 * <p>A configured instance is immutable; {@link #train()} may run it more than once, each run with a fresh booster
 * (the hook's output location must then differ). {@code train} blocks the calling thread.
 */
public final class DebugTraining {
    private final TrainingInputs inputs;

    private DebugTraining(TrainingInputs inputs) {
        this.inputs = inputs;
    }

    /**
     * Trains like {@code XGBoost.train(dtrain, params, round, watches, obj, eval)}, capturing as {@code hook} says.
     * The parameter list mirrors XGBoost4J's (more than four parameters, deliberately) so that switching is a one-line
     * change.
     *
     * @param dtrain the training data
     * @param params the booster parameters
     * @param round the number of rounds, non-negative
     * @param watches the eval sets by name, evaluated in the map's iteration order (use a {@code LinkedHashMap})
     * @param obj a custom objective, or null
     * @param eval a custom evaluation, or null
     * @param hook what to capture and where
     * @return the trained booster; the caller disposes it
     * @throws XGBoostError if XGBoost fails
     * @throws IllegalArgumentException if an argument is invalid or the output location already holds a trial
     */
    public static Booster train(DMatrix dtrain, Map<String, Object> params, int round, Map<String, DMatrix> watches,
            @Nullable IObjective obj, @Nullable IEvaluation eval, HookConfig hook) throws XGBoostError {
        return train(dtrain, params, round, watches, null, obj, eval, 0, hook);
    }

    /**
     * Trains like {@code XGBoost.train(dtrain, params, round, watches, metrics, obj, eval, earlyStoppingRound)},
     * capturing as {@code hook} says. The parameter list mirrors XGBoost4J's (nine parameters, deliberately).
     *
     * @param dtrain the training data
     * @param params the booster parameters
     * @param round the number of rounds, non-negative
     * @param watches the eval sets by name, in iteration order; early stopping watches the last
     * @param metrics if not null, receives {@code metrics[eval][round]}: each eval set's last metric per round
     * @param obj a custom objective, or null
     * @param eval a custom evaluation, or null
     * @param earlyStoppingRound rounds without improvement before stopping; 0 for none
     * @param hook what to capture and where
     * @return the trained booster; the caller disposes it
     * @throws XGBoostError if XGBoost fails
     * @throws IllegalArgumentException if an argument is invalid or the output location already holds a trial
     */
    public static Booster train(DMatrix dtrain, Map<String, Object> params, int round, Map<String, DMatrix> watches,
            float @Nullable [][] metrics, @Nullable IObjective obj, @Nullable IEvaluation eval,
            int earlyStoppingRound, HookConfig hook) throws XGBoostError {
        Builder builder = newBuilder().trainData(dtrain).params(params).rounds(round).evalSets(watches)
                .earlyStoppingRounds(earlyStoppingRound).hook(hook);
        if (obj != null) {
            builder.objective(obj);
        }
        if (eval != null) {
            builder.evaluation(eval);
        }
        builder.metricsOut = metrics;
        return builder.build().train().booster();
    }

    /**
     * Returns a builder; each setter validates at once and may be called once ({@link Builder#evalSet} adds).
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Runs training; blocks until it ends.
     *
     * @return the result, holding the booster the caller now owns
     * @throws XGBoostError if XGBoost fails (unchanged)
     * @throws IllegalArgumentException if the hook's output location already holds a trial
     * @throws dev.boostscope.core.BoostscopeException if the hook fails in fail-fast mode
     */
    public TrainingResult train() throws XGBoostError {
        return new TrainingLoop(inputs, Collective.detect()).run();
    }

    /**
     * Builds a {@link DebugTraining}. Parameters, training data and rounds are required.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Map<String, Object> params;
        private @Nullable DMatrix trainData;
        private int rounds = -1;
        private final Map<String, DMatrix> evalSets = new LinkedHashMap<>();
        private boolean evalSetsGiven;
        private @Nullable IObjective objective;
        private @Nullable IEvaluation evaluation;
        private int earlyStoppingRounds = -1;
        private @Nullable HookConfig hook;
        private @Nullable StopSignal stopSignal;
        private @Nullable RoundListener listener;
        private float @Nullable [][] metricsOut;

        private Builder() {
        }

        /**
         * Sets the booster parameters (copied).
         *
         * @param values the parameters, such as {@code objective}, {@code eta}, {@code eval_metric}
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder params(Map<String, Object> values) {
            requireUnset(params, "params");
            params = new LinkedHashMap<>(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the training data; owned by the caller.
         *
         * @param matrix the training matrix
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder trainData(DMatrix matrix) {
            requireUnset(trainData, "train data");
            trainData = Objects.requireNonNull(matrix, "matrix");
            return this;
        }

        /**
         * Sets the number of boosting rounds.
         *
         * @param count the rounds, non-negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException if already set
         */
        public Builder rounds(int count) {
            requireUnset(rounds < 0 ? null : rounds, "rounds");
            rounds = nonNegative("rounds", count);
            return this;
        }

        /**
         * Adds an eval set, evaluated after the ones added before it.
         *
         * @param name the name metrics are prefixed with, such as {@code validation}; non-empty without tabs
         * @param matrix the matrix; owned by the caller
         * @return this builder
         * @throws IllegalArgumentException if the name is invalid or already added
         */
        public Builder evalSet(String name, DMatrix matrix) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(matrix, "matrix");
            if (name.isEmpty() || name.contains("\t") || name.contains("\n")) {
                throw new IllegalArgumentException("eval set name must be non-empty without tabs: '" + name + "'");
            }
            if (evalSets.putIfAbsent(name, matrix) != null) {
                throw new IllegalArgumentException("eval set '" + name + "' was already added");
            }
            return this;
        }

        /**
         * Adds eval sets by name, in the map's iteration order ({@code XGBoost.train}'s {@code watches}).
         *
         * @param sets the eval sets
         * @return this builder
         * @throws IllegalArgumentException if a name is invalid or already added
         * @throws IllegalStateException if called twice
         */
        public Builder evalSets(Map<String, DMatrix> sets) {
            if (evalSetsGiven) {
                throw new IllegalStateException("eval sets were already set to " + evalSets.keySet());
            }
            evalSetsGiven = true;
            sets.forEach(this::evalSet);
            return this;
        }

        /**
         * Sets a custom objective ({@code Booster.update(dtrain, round, objective)}).
         *
         * @param custom the objective
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder objective(IObjective custom) {
            requireUnset(objective, "objective");
            objective = Objects.requireNonNull(custom, "custom");
            return this;
        }

        /**
         * Sets a custom evaluation, which replaces the built-in metrics as in XGBoost4J.
         *
         * @param custom the evaluation
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder evaluation(IEvaluation custom) {
            requireUnset(evaluation, "evaluation");
            evaluation = Objects.requireNonNull(custom, "custom");
            return this;
        }

        /**
         * Sets early stopping: stop after this many rounds without improvement on the last eval set's last metric.
         *
         * @param count the rounds; 0 for none (ignored without eval sets, as in XGBoost4J)
         * @return this builder
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException if already set
         */
        public Builder earlyStoppingRounds(int count) {
            requireUnset(earlyStoppingRounds < 0 ? null : earlyStoppingRounds, "early stopping rounds");
            earlyStoppingRounds = nonNegative("early stopping rounds", count);
            return this;
        }

        /**
         * Sets what the hook captures and where; without it training runs with no capture.
         *
         * @param config the hook configuration
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder hook(HookConfig config) {
            requireUnset(hook, "hook");
            hook = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Sets a stop signal, checked before each round.
         *
         * @param signal the signal
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder stopSignal(StopSignal signal) {
            requireUnset(stopSignal, "stop signal");
            stopSignal = Objects.requireNonNull(signal, "signal");
            return this;
        }

        /**
         * Sets a listener called after each round.
         *
         * @param roundListener the listener
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder roundListener(RoundListener roundListener) {
            requireUnset(listener, "round listener");
            listener = Objects.requireNonNull(roundListener, "roundListener");
            return this;
        }

        /**
         * Returns the configured training.
         *
         * @return the training, ready to run
         * @throws IllegalStateException if params, train data or rounds are missing
         * @throws IllegalArgumentException if the metrics output array does not fit the eval sets and rounds
         */
        public DebugTraining build() {
            if (params == null || trainData == null || rounds < 0) {
                throw new IllegalStateException("params, train data and rounds are required; missing: "
                        + (params == null ? "params " : "") + (trainData == null ? "train data " : "")
                        + (rounds < 0 ? "rounds" : "").strip());
            }
            checkMetricsOut();
            return new DebugTraining(new TrainingInputs(trainData, params, rounds, evalSets, objective, evaluation,
                    Math.max(earlyStoppingRounds, 0), metricsOut, hook, stopSignal, listener));
        }

        private void checkMetricsOut() {
            if (metricsOut == null) {
                return;
            }
            boolean fits = metricsOut.length == evalSets.size();
            for (int i = 0; fits && i < metricsOut.length; i++) {
                fits = metricsOut[i] != null && metricsOut[i].length >= rounds;
            }
            if (!fits) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "metrics must be float[%d][%d] (eval sets x rounds): got %d rows", evalSets.size(), rounds,
                        metricsOut.length));
            }
        }

        private static int nonNegative(String what, int value) {
            if (value < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be non-negative: %d", what,
                        value));
            }
            return value;
        }

        private static void requireUnset(@Nullable Object current, String what) {
            if (current != null) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s was already set to %s", what,
                        current));
            }
        }
    }
}
