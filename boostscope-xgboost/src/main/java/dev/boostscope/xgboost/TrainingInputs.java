// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.IEvaluation;
import ml.dmlc.xgboost4j.java.IObjective;
import org.jspecify.annotations.Nullable;

/**
 * Everything one training run takes, as {@link DebugTraining}'s builder collected it.
 *
 * @param train the training matrix (owned by the caller)
 * @param params the booster parameters
 * @param rounds the number of rounds
 * @param watches the named eval sets in order (owned by the caller)
 * @param objective a custom objective, or null
 * @param evaluation a custom evaluation, or null
 * @param earlyStoppingRounds rounds without improvement before stopping; 0 for none
 * @param metricsOut XGBoost4J's {@code float[eval][round]} output of the last metric per eval set, or null
 * @param hook the hook configuration, or null for none
 * @param stopSignal the stop signal, or null
 * @param listener the round listener, or null
 *
 * <p>Immutable (the matrices and the output array are the caller's).
 */
record TrainingInputs(DMatrix train, Map<String, Object> params, int rounds, Map<String, DMatrix> watches,
        @Nullable IObjective objective, @Nullable IEvaluation evaluation, int earlyStoppingRounds,
        float @Nullable [][] metricsOut, @Nullable HookConfig hook, @Nullable StopSignal stopSignal,
        @Nullable RoundListener listener) {

    TrainingInputs {
        Objects.requireNonNull(train, "train");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        watches = Collections.unmodifiableMap(new LinkedHashMap<>(watches));
    }
}
