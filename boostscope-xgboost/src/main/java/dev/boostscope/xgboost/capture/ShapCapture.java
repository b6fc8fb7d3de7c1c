// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * SHAP values ({@code Booster.predictContrib}) on the SHAP rows: {@code average_shap/<feature>} is the mean of the
 * feature's SHAP column over the rows (and classes), not of its absolute value, as smdebug's {@code np.mean};
 * {@code full_shap} is the whole matrix once, (N, F+1) or (N, num_class, F+1), the last column being the bias;
 * {@code shap_sample/*} records which rows were used.
 *
 * <p>Not thread-safe: used on the training thread. Owns the row matrices it slices.
 */
final class ShapCapture implements AutoCloseable {
    /** The largest full_shap matrix kept, in values (256 MB of float32); larger ones are skipped with a warning. */
    static final long MAX_FULL_VALUES = 64L << 20;

    private final DMatrix train;
    private final ShapSettings settings;
    private final long maxFullValues;
    private @Nullable ShapRows rows;
    private @Nullable String fullSkipped;

    ShapCapture(DMatrix train, ShapSettings settings) {
        this(train, settings, MAX_FULL_VALUES);
    }

    /** Uses another full_shap limit than {@link #MAX_FULL_VALUES} (tests use a low one). */
    ShapCapture(DMatrix train, ShapSettings settings, long maxFullValues) {
        this.train = train;
        this.settings = settings;
        this.maxFullValues = maxFullValues;
    }

    /**
     * Computes the step's SHAP tensors.
     *
     * @param booster the booster
     * @param features the feature names
     * @param full whether the full matrix is wanted
     * @return the tensors by name; full_shap is absent when not wanted or too large
     * @throws XGBoostError if XGBoost fails
     */
    Map<String, NdArray> tensors(Booster booster, List<String> features, boolean full) throws XGBoostError {
        ShapRows source = rows();
        int width = -1;
        double[] sums = null;
        long count = 0;
        float[] matrix = null;
        fullSkipped = null;
        for (DMatrix chunk : source.chunks()) {
            float[][] contrib = booster.predictContrib(chunk, 0);
            if (contrib.length == 0) {
                continue;
            }
            if (sums == null) {
                width = checkWidth(contrib[0].length, features.size());
                sums = new double[width];
                matrix = full ? allocate(source, width) : null;
            }
            accumulate(contrib, sums, matrix, count);
            count += contrib.length;
        }
        return tensorsOf(features, sums, count, matrix, width);
    }

    /** Returns the tensors recording which rows SHAP uses. */
    Map<String, NdArray> sampleTensors(List<String> features) throws XGBoostError {
        ShapRows source = rows();
        Map<String, NdArray> out = new LinkedHashMap<>();
        int[] sample = source.sample();
        long used = sample == null ? source.totalRows() : sample.length;
        out.put("shap_sample/row_count", NdArray.ofLongs(new long[] {used}, 1));
        out.put("shap_sample/total_rows", NdArray.ofLongs(new long[] {source.totalRows()}, 1));
        if (sample != null) {
            out.put("shap_sample/seed", NdArray.ofLongs(new long[] {settings.seed()}, 1));
            out.put("shap_sample/row_indices", NdArray.ofLongs(java.util.Arrays.stream(sample)
                    .asLongStream().toArray(), sample.length));
        }
        String[] columns = new String[features.size() + 1];
        features.toArray(columns);
        columns[features.size()] = "bias";
        out.put("shap_sample/columns", NdArray.ofStrings(columns, columns.length));
        return out;
    }

    /**
     * Returns why the last {@link #tensors} call left full_shap out although it was wanted.
     *
     * @return the reason, naming the matrix size, the limit and the largest sample that fits; empty if it was kept
     */
    Optional<String> fullSkipped() {
        return Optional.ofNullable(fullSkipped);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }

    private ShapRows rows() throws XGBoostError {
        if (rows == null) {
            rows = ShapRows.open(train, settings);
        }
        return rows;
    }

    private static int checkWidth(int width, int features) {
        if (width % (features + 1) != 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "SHAP row width %d is not a multiple of %d features plus bias", width, features));
        }
        return width;
    }

    private float @Nullable [] allocate(ShapRows source, int width) {
        long rowCount = source.sample() == null ? source.totalRows() : source.sample().length;
        if (rowCount * width <= maxFullValues) {
            return new float[(int) (rowCount * width)];
        }
        fullSkipped = String.format(Locale.ROOT, "full_shap not saved: the SHAP matrix of %d rows x %d values "
                + "(%d) exceeds the limit of %d values; average_shap and shap_sample are still saved; for full SHAP "
                + "use a sample of at most %d rows (shapSampleRows, boostscope.shap_sample_rows)", rowCount, width,
                rowCount * width, maxFullValues, maxFullValues / width);
        return null;
    }

    private static void accumulate(float[][] contrib, double[] sums, float @Nullable [] matrix, long offset) {
        int width = sums.length;
        for (int r = 0; r < contrib.length; r++) {
            float[] row = contrib[r];
            for (int c = 0; c < width; c++) {
                sums[c] += row[c];
            }
            if (matrix != null) {
                System.arraycopy(row, 0, matrix, (int) ((offset + r) * width), width);
            }
        }
    }

    private static Map<String, NdArray> tensorsOf(List<String> features, double @Nullable [] sums, long count,
            float @Nullable [] matrix, int width) {
        Map<String, NdArray> out = new LinkedHashMap<>();
        if (sums == null) {
            return out;
        }
        int columns = features.size() + 1;
        int classes = width / columns;
        if (matrix != null) {
            out.put("full_shap", classes == 1 ? NdArray.ofFloats(matrix, count, columns)
                    : NdArray.ofFloats(matrix, count, classes, columns));
        }
        for (int j = 0; j < features.size(); j++) {
            double total = 0;
            for (int k = 0; k < classes; k++) {
                total += sums[k * columns + j];
            }
            out.put("average_shap/" + features.get(j),
                    NdArray.ofFloats(new float[] {(float) (total / ((double) count * classes))}, 1));
        }
        return out;
    }
}
