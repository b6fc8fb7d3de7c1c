// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * The training rows SHAP is computed on, as matrices of at most {@value #CHUNK_ROWS} rows each, so that one
 * {@code predictContrib} result stays small. A sample is drawn once, with {@code java.util.Random(seed)} and Floyd's
 * algorithm, and kept for the whole run, so every step explains the same rows.
 *
 * <p>Not thread-safe. Owns (and disposes) the slices it creates, never the training matrix.
 */
final class ShapRows implements AutoCloseable {
    static final int CHUNK_ROWS = 4096;

    private final long totalRows;
    private final int @Nullable [] sample;
    private final List<DMatrix> chunks;
    private final boolean ownsChunks;

    private ShapRows(long totalRows, int @Nullable [] sample, List<DMatrix> chunks, boolean ownsChunks) {
        this.totalRows = totalRows;
        this.sample = sample;
        this.chunks = chunks;
        this.ownsChunks = ownsChunks;
    }

    static ShapRows open(DMatrix train, ShapSettings settings) throws XGBoostError {
        long total = train.rowNum();
        if (settings.fullData() || total <= settings.sampleRows()) {
            if (total <= CHUNK_ROWS) {
                return new ShapRows(total, null, List.of(train), false);
            }
            return new ShapRows(total, null, slices(train, range((int) total)), true);
        }
        int[] rows = sample((int) total, settings.sampleRows(), settings.seed());
        return new ShapRows(total, rows, slices(train, rows), true);
    }

    static int[] sample(int total, int count, long seed) {
        Random random = new Random(seed);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int j = total - count; j < total; j++) {
            int pick = random.nextInt(j + 1);
            chosen.add(chosen.contains(pick) ? j : pick);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    List<DMatrix> chunks() {
        return chunks;
    }

    long totalRows() {
        return totalRows;
    }

    /** Returns the sampled row indices, ascending, or null when every row is used. */
    int @Nullable [] sample() {
        return sample;
    }

    @Override
    public void close() {
        if (ownsChunks) {
            chunks.forEach(DMatrix::dispose);
        }
    }

    private static int[] range(int count) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static List<DMatrix> slices(DMatrix train, int[] rows) throws XGBoostError {
        List<DMatrix> out = new ArrayList<>();
        try {
            for (int from = 0; from < rows.length; from += CHUNK_ROWS) {
                int[] part = java.util.Arrays.copyOfRange(rows, from, Math.min(rows.length, from + CHUNK_ROWS));
                out.add(train.slice(part));
            }
        } catch (XGBoostError | RuntimeException e) {
            out.forEach(DMatrix::dispose);
            throw e;
        }
        return out;
    }
}
