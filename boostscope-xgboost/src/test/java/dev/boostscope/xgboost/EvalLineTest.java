// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every metric of every eval set out of XGBoost's eval line, names smdebug drops included. */
final class EvalLineTest {

    @Test
    void parse_severalMetricsPerEvalSet_keepsEveryOneInOrder() {
        Map<String, Double> metrics = EvalLine.parse("[9]\ttrain-mlogloss:0.25\ttrain-merror:0.1"
                + "\tvalidation-mlogloss:0.43716154649853706\tvalidation-merror:0.2");

        assertThat(metrics).containsExactly(Map.entry("train-mlogloss", 0.25), Map.entry("train-merror", 0.1),
                Map.entry("validation-mlogloss", 0.43716154649853706), Map.entry("validation-merror", 0.2));
    }

    @Test
    void parse_namesSmdebugDrops_areKept() {
        Map<String, Double> metrics = EvalLine.parse("[0]\tvalidation_0-logloss:0.5\ttrain-ndcg@5:0.47"
                + "\ttrain-poisson-nloglik:1.5\ttrain-ndcg@5-:0.4");

        assertThat(metrics).containsOnlyKeys("validation_0-logloss", "train-ndcg@5", "train-poisson-nloglik",
                "train-ndcg@5-");
    }

    @Test
    void parse_nanAndInfinity_areNumbers() {
        Map<String, Double> metrics = EvalLine.parse("[1]\ta-x:nan\ta-y:-nan\ta-z:inf\ta-w:-inf");

        assertThat(metrics.get("a-x")).isNaN();
        assertThat(metrics.get("a-y")).isNaN();
        assertThat(metrics.get("a-z")).isInfinite().isPositive();
        assertThat(metrics.get("a-w")).isInfinite().isNegative();
    }

    @Test
    void parse_customEvaluationLine_withoutRoundPrefix() {
        assertThat(EvalLine.parse("\ttrain-my_acc:0.912000")).containsExactly(Map.entry("train-my_acc", 0.912));
    }

    @Test
    void parse_garbage_throwsQuotingTheItem() {
        assertThatThrownBy(() -> EvalLine.parse("[0]\ttrain-rmse:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evaluation value 'abc' is not a number in '[0]\ttrain-rmse:abc'");
    }
}
