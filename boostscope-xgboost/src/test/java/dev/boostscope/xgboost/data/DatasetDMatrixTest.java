// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class DatasetDMatrixTest {
    @TempDir
    Path folder;

    @Test
    void toDMatrix_smallDataset_keepsRowsLabelsAndValues() throws XGBoostError {
        Dataset data = LibsvmReaderTest.read("1 0:0.5 3:2\n0 1:-1\n2\n", ReadOptions.libsvm());

        DMatrix matrix = data.toDMatrix();
        try {
            assertThat(matrix.rowNum()).isEqualTo(3);
            assertThat(matrix.nonMissingNum()).isEqualTo(3);
            assertThat(matrix.getLabel()).containsExactly(data.labels());
        } finally {
            matrix.dispose();
        }
    }

    @Test
    void toDMatrix_columns_areTheDatasetsColumns() throws XGBoostError {
        Dataset data = LibsvmReaderTest.read("1 1:1\n", ReadOptions.libsvm().withColumns(4));

        DMatrix matrix = data.toDMatrix();
        try {
            // XGBoost checks feature names against its column count, which makes the count observable
            matrix.setFeatureNames(new String[] {"a", "b", "c", "d"});
            assertThatThrownBy(() -> matrix.setFeatureNames(new String[] {"a", "b", "c"}))
                    .isInstanceOf(XGBoostError.class);
        } finally {
            matrix.dispose();
        }
    }

    @Test
    void toDMatrix_featureNames_reachXgboost() throws XGBoostError {
        Dataset data = LibsvmReaderTest.read("1,2,3\n", ReadOptions.csv()).withFeatureNames(List.of("x", "y"));

        DMatrix matrix = data.toDMatrix();
        try {
            assertThat(matrix.getFeatureNames()).containsExactly("x", "y");
        } finally {
            matrix.dispose();
        }
    }

    @Test
    void toDMatrix_sameFileAsNativeLoader_trainsAndPredictsTheSame() throws IOException, XGBoostError {
        Path file = folder.resolve("small.libsvm");
        Files.writeString(file, randomLibsvm(300));
        DMatrix ours = DatasetReader.read(file, ReadOptions.libsvm()).toDMatrix();
        DMatrix theirs = new DMatrix(file + "?format=libsvm");
        try {
            assertThat(ours.rowNum()).isEqualTo(theirs.rowNum());
            assertThat(ours.nonMissingNum()).isEqualTo(theirs.nonMissingNum());
            assertThat(ours.getLabel()).containsExactly(theirs.getLabel());
            Booster booster = XGBoost.train(ours, smallParameters(), 3, new HashMap<>(), null, null);
            assertThat(booster.predict(ours)).isDeepEqualTo(booster.predict(theirs));
            booster.dispose();
        } finally {
            ours.dispose();
            theirs.dispose();
        }
    }

    private static Map<String, Object> smallParameters() {
        return Map.of("objective", "multi:softprob", "num_class", 3, "max_depth", 3, "max_bin", 16,
                "tree_method", "hist", "nthread", 1, "verbosity", 0);
    }

    private static String randomLibsvm(int rows) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            int label = random.nextInt(3);
            text.append(label);
            for (int column = 0; column < 6; column++) {
                if (random.nextInt(4) != 0) {
                    float value = label * 0.5f + random.nextFloat();
                    text.append(String.format(Locale.ROOT, " %d:%s", column, value));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
