// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named group of tensors as a collections file records it (smdebug's {@code Collection}): explicit tensor names plus
 * include regexes.
 *
 * @param name the collection name, such as {@code metrics}
 * @param includeRegex the include regexes, matched with {@code find}
 * @param tensorNames the tensor names recorded, sorted
 *
 * <p>Immutable.
 */
public record TensorCollection(String name, List<String> includeRegex, Set<String> tensorNames) {

    /**
     * Validates and copies.
     *
     * @param name the collection name
     * @param includeRegex the include regexes
     * @param tensorNames the tensor names
     */
    public TensorCollection {
        Objects.requireNonNull(name, "name");
        includeRegex = List.copyOf(includeRegex);
        tensorNames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tensorNames));
    }

    /**
     * Returns whether a tensor belongs to this collection: listed, or found by one of the regexes.
     *
     * @param tensorName the tensor name
     * @return true if it belongs
     */
    public boolean contains(String tensorName) {
        if (tensorNames.contains(tensorName)) {
            return true;
        }
        for (String regex : includeRegex) {
            if (Pattern.compile(regex).matcher(tensorName).find()) {
                return true;
            }
        }
        return false;
    }
}
