// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.format.SaveConfigEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One included collection as the capture applies it: its name, its effective include regexes and when it is saved.
 *
 * @param name the collection name
 * @param includeRegex the regexes a tensor name must match (with {@code find}) to belong to it
 * @param saveConfig when it is saved
 *
 * <p>Immutable. Not API.
 */
public record CollectionPlan(String name, List<String> includeRegex, SaveConfigEntry saveConfig) {

    /**
     * Validates and copies.
     *
     * @param name the collection name
     * @param includeRegex the regexes
     * @param saveConfig when it is saved
     */
    public CollectionPlan {
        Objects.requireNonNull(name, "name");
        includeRegex = List.copyOf(includeRegex);
        Objects.requireNonNull(saveConfig, "saveConfig");
    }

    /**
     * Returns the built-in collection of this name.
     *
     * @return the built-in collection, or empty for a custom one
     */
    public Optional<BuiltInCollection> builtIn() {
        return BuiltInCollection.byName(name);
    }
}
