// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import ml.dmlc.xgboost4j.scala.spark.XGBoostRegressor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Which fits are left to XGBoost4J-Spark's own path (and so run undebugged). */
final class DistributedFitTest {
    private final Dataset<Row> data = SharedSpark.data(10, 11, false);

    @Test
    void needsOwnPath_cpuWithoutPlugin_false() {
        assertThat(DistributedFit.needsOwnPath(new XGBoostRegressor(), data)).isFalse();
    }

    @Test
    void needsOwnPath_gpuDevice_true() {
        XGBoostRegressor regressor = new XGBoostRegressor();
        regressor.setDevice("cuda");

        assertThat(DistributedFit.needsOwnPath(regressor, data)).isTrue();
    }
}
