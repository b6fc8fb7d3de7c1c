// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of {@code DebugHookConfig.CollectionConfigurations}: a collection to save and its parameters
 * ({@code save_interval}, {@code include_regex}, ...), as SageMaker's {@code CollectionConfig}.
 *
 * @param collectionName the collection's name, such as {@code metrics}
 * @param collectionParameters its parameters, string to string
 *
 * <p>Immutable.
 */
public record CollectionSpec(String collectionName, Map<String, String> collectionParameters) {

    /**
     * Validates and copies.
     *
     * @param collectionName the collection's name
     * @param collectionParameters its parameters
     */
    public CollectionSpec {
        Objects.requireNonNull(collectionName, "collectionName");
        collectionParameters = Collections.unmodifiableMap(new TreeMap<>(collectionParameters));
    }
}
