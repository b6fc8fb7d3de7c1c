// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one local Spark session (two task slots) every test of this module shares, since starting Spark takes seconds,
 * and the small generated datasets they train on. Spark stops it when the test JVM exits.
 *
 * <p>Thread-safe.
 */
final class SharedSpark {
    static final String[] FEATURES = {"f0", "f1", "f2", "f3"};
    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("boostscope-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
        }
        return session;
    }

    /**
     * Returns rows with features {@code f0..f3} (uniform in [0, 1)) assembled into {@code features}, and a
     * {@code label}: 1 where {@code f0 + f1 > 1} (5% flipped) when classifying, else {@code 3 f0 - 2 f2 + noise}.
     */
    static Dataset<Row> data(int rows, long seed, boolean classification) {
        Random random = new Random(seed);
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            double[] x = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double label = classification ? classLabel(x, random) : 3 * x[0] - 2 * x[2] + 0.1 * random.nextGaussian();
            out.add(RowFactory.create(x[0], x[1], x[2], x[3], label));
        }
        Dataset<Row> frame = session().createDataFrame(out, schema());
        return new VectorAssembler().setInputCols(FEATURES).setOutputCol("features").transform(frame);
    }

    private static double classLabel(double[] x, Random random) {
        double label = x[0] + x[1] > 1 ? 1 : 0;
        return random.nextDouble() < 0.05 ? 1 - label : label;
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String name : FEATURES) {
            fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField("label", DataTypes.DoubleType, false));
        return DataTypes.createStructType(fields);
    }
}
