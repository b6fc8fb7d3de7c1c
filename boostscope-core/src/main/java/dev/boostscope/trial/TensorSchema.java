// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The tensor ids of one index file in write order. Interned: most steps of a trial save the same tensors, so they share
 * one schema and its position map.
 *
 * <p>Immutable and thread-safe.
 */
final class TensorSchema {
    private static final int LINEAR_SCAN_LIMIT = 8;

    private final int[] ids;
    private final Map<Integer, Integer> positions;

    TensorSchema(int[] ids) {
        this.ids = ids.clone();
        if (ids.length <= LINEAR_SCAN_LIMIT) {
            this.positions = Map.of();
        } else {
            Map<Integer, Integer> map = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                map.putIfAbsent(ids[i], i);
            }
            this.positions = map;
        }
    }

    int size() {
        return ids.length;
    }

    int id(int position) {
        return ids[position];
    }

    /**
     * Returns where a tensor lies in the file's list.
     *
     * @param id a tensor id
     * @return its first position, or -1 if this file does not hold it
     */
    int positionOf(int id) {
        if (ids.length > LINEAR_SCAN_LIMIT) {
            Integer at = positions.get(id);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the interning key of a list of ids.
     *
     * @param ids the ids in write order
     * @return a key with value equality
     */
    static Object keyOf(int[] ids) {
        return new IdsKey(ids.clone());
    }

    Object key() {
        return new IdsKey(ids);
    }

    /** Value equality over an int array, for interning. */
    private static final class IdsKey {
        private final int[] ids;
        private final int hash;

        IdsKey(int[] ids) {
            this.ids = ids;
            this.hash = Arrays.hashCode(ids);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IdsKey && Arrays.equals(ids, ((IdsKey) other).ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
