// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A least-recently-used cache of fetched bytes, bounded by their total size; an entry above an eighth of the capacity
 * is not kept.
 *
 * <p>Thread-safe.
 */
final class ByteCache {
    private final long capacity;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    ByteCache(long capacity) {
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    synchronized byte @Nullable [] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] bytes) {
        if (bytes.length > capacity / 8) {
            return;
        }
        byte[] old = entries.put(key, bytes);
        used += bytes.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
        while (used > capacity && eldest.hasNext()) {
            used -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    synchronized long used() {
        return used;
    }
}
