// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code hyperparameters} tensors, {@code hyperparameters/<name>}, as smdebug types them: integers int64 [1],
 * floating point float64 [1] (a {@code Float} through its decimal form, so 0.1f is saved as 0.1), booleans bool [1],
 * collections as a 1-d string array, and everything else as a string [1].
 *
 * <p>Thread-safe (stateless).
 */
final class Hyperparameters {
    private Hyperparameters() {
    }

    static Map<String, NdArray> tensors(Map<String, Object> params) {
        Map<String, NdArray> out = new LinkedHashMap<>();
        new TreeMap<>(params).forEach((name, value) -> out.put("hyperparameters/" + name, value(value)));
        return out;
    }

    private static NdArray value(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NdArray.ofLongs(new long[] {((Number) value).longValue()}, 1);
        }
        if (value instanceof Float f) {
            return NdArray.ofDoubles(new double[] {Double.parseDouble(Float.toString(f))}, 1);
        }
        if (value instanceof Double d) {
            return NdArray.ofDoubles(new double[] {d}, 1);
        }
        if (value instanceof java.util.Collection<?> list) {
            String[] items = list.stream().map(String::valueOf).toArray(String[]::new);
            return NdArray.ofStrings(items, items.length);
        }
        if (value instanceof Boolean b) {
            return NdArray.ofBooleans(new boolean[] {b}, 1);
        }
        return NdArray.ofStrings(new String[] {String.valueOf(value)}, 1);
    }
}
