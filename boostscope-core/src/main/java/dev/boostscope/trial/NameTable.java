// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns names (tensors or workers) to small ints, so that per-step structures hold ints rather than strings.
 *
 * <p>Not thread-safe: guarded by the owning {@link TrialIndex}'s lock.
 */
final class NameTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /**
     * Returns a name's id, adding it if new.
     *
     * @param name the name
     * @return its id, from 0
     */
    int intern(String name) {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        int next = names.size();
        names.add(name);
        ids.put(name, next);
        return next;
    }

    /**
     * Returns a name's id.
     *
     * @param name the name
     * @return its id, or -1 if unknown
     */
    int find(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
