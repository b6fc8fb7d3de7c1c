// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.xgboost.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of a job's data one worker trains on: worker {@code rank} of {@code world} takes rows (or files)
 * {@code rank, rank + world, rank + 2 * world, ...}. Striding rather than cutting contiguous blocks keeps every
 * worker's share of each class close to the whole when a file is sorted by label, as the bundled MNIST is not but many
 * exported tables are.
 *
 * @param rank the worker's rank, from 0
 * @param world the number of workers
 *
 * <p>Immutable.
 */
record Shard(int rank, int world) {
    /** The whole data: a single-process job. */
    static final Shard ALL = new Shard(0, 1);

    Shard {
        if (world < 1 || rank < 0 || rank >= world) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rank must be within 0..world-1: rank %d of %d workers", rank, world));
        }
    }

    boolean isWhole() {
        return world == 1;
    }

    /** Returns this worker's files of a channel sharded by key: file {@code i} (in key order) if i % world == rank. */
    <T> List<T> files(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int i = rank; i < all.size(); i += world) {
            mine.add(all.get(i));
        }
        return mine;
    }

    /** Returns this worker's rows, the columns and feature names unchanged. */
    Dataset rows(Dataset all) {
        if (isWhole()) {
            return all;
        }
        long[] offsets = all.rowOffsets();
        int count = all.rows() <= rank ? 0 : (all.rows() - rank + world - 1) / world;
        long[] mine = shardOffsets(offsets, count);
        int[] allColumns = all.columnIndices();
        float[] allValues = all.values();
        int[] columns = new int[Math.toIntExact(mine[count])];
        float[] values = new float[columns.length];
        float[] labels = new float[count];
        for (int i = 0; i < count; i++) {
            int row = rank + i * world;
            int length = (int) (mine[i + 1] - mine[i]);
            System.arraycopy(allColumns, (int) offsets[row], columns, (int) mine[i], length);
            System.arraycopy(allValues, (int) offsets[row], values, (int) mine[i], length);
            labels[i] = all.label(row);
        }
        Dataset shard = Dataset.of(labels, mine, columns, values, all.columns());
        return all.featureNames().isEmpty() ? shard : shard.withFeatureNames(all.featureNames());
    }

    private long[] shardOffsets(long[] offsets, int count) {
        long[] mine = new long[count + 1];
        for (int i = 0; i < count; i++) {
            int row = rank + i * world;
            mine[i + 1] = mine[i] + offsets[row + 1] - offsets[row];
        }
        return mine;
    }
}
