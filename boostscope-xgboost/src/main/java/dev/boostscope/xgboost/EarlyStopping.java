// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Early stopping as XGBoost4J 3.4's {@code XGBoost.train} does it: the score is the last eval set's metric (the last
 * one, where XGBoost4J supports only one); the direction comes from the {@code maximize_evaluation_metrics}
 * parameter, else from the metric's name (auc, aucpr, pre, map, ndcg, with any {@code @k}, are maximised; mape is
 * not); an improvement is strict; the booster's attributes {@code best_iteration} and {@code best_score} are updated
 * at each improvement (with or without early stopping, as XGBoost4J); training stops once {@code rounds} rounds pass
 * without one.
 *
 * <p>Not thread-safe.
 */
final class EarlyStopping {
    private static final List<String> MAXIMIZED =
            List.of("auc", "aucpr", "pre", "pre@", "map", "ndcg", "auc@", "aucpr@", "map@", "ndcg@");

    private final int rounds;
    private final Map<String, Object> params;
    private final String lastEvalName;
    private @Nullable Boolean maximize;
    private float bestScore;
    private int bestIteration = -1;

    EarlyStopping(int rounds, Map<String, Object> params, String lastEvalName) {
        this.rounds = rounds;
        this.params = params;
        this.lastEvalName = lastEvalName;
    }

    /**
     * Records a round's metrics.
     *
     * @return true if training should stop now
     */
    boolean update(Booster booster, int iteration, Map<String, Double> metrics) throws XGBoostError {
        String scoreName = lastMetricOf(metrics);
        if (scoreName == null) {
            return false;
        }
        float score = metrics.get(scoreName).floatValue();
        if (maximize == null) {
            maximize = maximize(scoreName.substring(lastEvalName.length() + 1));
            bestScore = maximize ? -Float.MAX_VALUE : Float.MAX_VALUE;
        }
        if (maximize ? score > bestScore : score < bestScore) {
            bestScore = score;
            bestIteration = iteration;
            booster.setAttr("best_iteration", String.valueOf(iteration));
            booster.setAttr("best_score", String.valueOf(score));
        }
        return rounds > 0 && iteration - Math.max(bestIteration, 0) >= rounds;
    }

    int bestIteration() {
        return bestIteration;
    }

    float bestScore() {
        return bestScore;
    }

    private @Nullable String lastMetricOf(Map<String, Double> metrics) {
        String last = null;
        for (String name : metrics.keySet()) {
            if (name.startsWith(lastEvalName + "-")) {
                last = name;
            }
        }
        return last;
    }

    private boolean maximize(String metric) {
        Object given = params.get("maximize_evaluation_metrics");
        if (given != null) {
            return Boolean.parseBoolean(String.valueOf(given));
        }
        return !metric.equals("mape") && MAXIMIZED.stream().anyMatch(metric::startsWith);
    }
}
