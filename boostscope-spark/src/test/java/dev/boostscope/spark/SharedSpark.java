// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
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
    /** A vector column built directly: a {@code VectorAssembler} would cost a cold start of Scala reflection. */
    private static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("features", new VectorUDT(), false),
        DataTypes.createStructField("label", DataTypes.DoubleType, false)});
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
     * Returns rows with four features, uniform in [0, 1) (XGBoost names them {@code f0..f3}), in {@code features},
     * and a {@code label}: 1 where {@code f0 + f1 > 1} (5% flipped) when classifying, else
     * {@code 3 f0 - 2 f2 + noise}.
     */
    static Dataset<Row> data(int rows, long seed, boolean classification) {
        Random random = new Random(seed);
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            double[] x = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double label = classification ? classLabel(x, random) : 3 * x[0] - 2 * x[2] + 0.1 * random.nextGaussian();
            out.add(RowFactory.create(Vectors.dense(x), label));
        }
        return session().createDataFrame(out, SCHEMA);
    }

    private static double classLabel(double[] x, Random random) {
        double label = x[0] + x[1] > 1 ? 1 : 0;
        return random.nextDouble() < 0.05 ? 1 - label : label;
    }

}
