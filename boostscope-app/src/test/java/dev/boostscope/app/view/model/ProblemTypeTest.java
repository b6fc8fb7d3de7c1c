// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProblemTypeTest {

    @ParameterizedTest
    @CsvSource({"binary:logistic,BINARY", "multi:softmax,MULTICLASS", " MULTI:SOFTPROB ,MULTICLASS",
        "reg:squarederror,REGRESSION", "count:poisson,REGRESSION", "rank:pairwise,REGRESSION", "custom,UNKNOWN"})
    void fromObjective_prefix_givesType(String objective, ProblemType expected) {
        assertThat(ProblemType.fromObjective(objective)).isEqualTo(expected);
    }

    @Test
    void detect_probabilityMatrix_isMulticlass() {
        NdArray predictions = NdArray.ofFloats(new float[] {0.2f, 0.3f, 0.5f}, 1, 3);

        assertThat(ProblemType.detect(new double[] {2}, predictions)).isEqualTo(ProblemType.MULTICLASS);
    }

    @Test
    void detect_wholeNumbersAboveOne_isMulticlass() {
        NdArray predictions = NdArray.ofFloats(new float[] {0, 4, 2});

        assertThat(ProblemType.detect(new double[] {0, 3, 2}, predictions)).isEqualTo(ProblemType.MULTICLASS);
    }

    @Test
    void detect_zeroOneLabelsWithProbabilities_isBinary() {
        NdArray predictions = NdArray.ofFloats(new float[] {0.1f, 0.8f});

        assertThat(ProblemType.detect(new double[] {0, 1}, predictions)).isEqualTo(ProblemType.BINARY);
    }

    @Test
    void detect_realValues_isRegression() {
        NdArray predictions = NdArray.ofFloats(new float[] {1.5f, 3.2f});

        assertThat(ProblemType.detect(new double[] {1.4, 3.0}, predictions)).isEqualTo(ProblemType.REGRESSION);
    }
}
