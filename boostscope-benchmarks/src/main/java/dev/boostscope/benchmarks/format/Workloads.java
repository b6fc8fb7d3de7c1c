// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.TensorRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The steps the benchmarks write and read, shaped like real XGBoost steps.
 *
 * <p>Immutable.
 */
final class Workloads {
    static final double WALL_TIME = 1_700_000_000.5;

    private Workloads() {
    }

    /**
     * Returns one step's tensors.
     *
     * @param name {@code metrics}: 40 float64 scalars (metrics and feature importances, about 5.5 KB);
     *     {@code predictions}: a 10,000 x 10 float32 matrix plus 10,000 float32 labels (about 440 KB)
     * @param step the global step
     * @return the tensors
     */
    static List<TensorRecord> step(String name, long step) {
        List<TensorRecord> out = new ArrayList<>();
        Random random = new Random(42);
        if (name.equals("metrics")) {
            for (int i = 0; i < 40; i++) {
                String tensor = i < 4 ? "validation-metric" + i : "feature_importance/gain/f" + i;
                out.add(record(tensor, NdArray.scalar(random.nextDouble()), step));
            }
            return out;
        }
        out.add(record("predictions", NdArray.ofFloats(floats(random, 100_000), 10_000, 10), step));
        out.add(record("labels", NdArray.ofFloats(floats(random, 10_000), 10_000), step));
        return out;
    }

    static TensorRecord record(String name, NdArray value, long step) {
        return new TensorRecord(name, value, step, Mode.GLOBAL, step, WALL_TIME);
    }

    static float[] floats(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextFloat();
        }
        return values;
    }
}
