// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One collection the hook saves: a built-in one by smdebug's name ({@code metrics}, {@code losses},
 * {@code predictions}, {@code labels}, {@code feature_importance}, {@code average_shap}, {@code full_shap},
 * {@code trees}, {@code hyperparameters}) or a custom one that selects tensors by regex. Include regexes given for a
 * built-in collection replace its own; a custom collection needs at least one. Without its own {@link SaveConfig} a
 * collection follows the hook's.
 *
 * <p>Immutable and thread-safe.
 */
public final class CollectionConfig {
    private final String name;
    private final List<String> includeRegex;
    private final @Nullable SaveConfig saveConfig;

    private CollectionConfig(String name, List<String> includeRegex, @Nullable SaveConfig saveConfig) {
        this.name = name;
        this.includeRegex = includeRegex;
        this.saveConfig = saveConfig;
    }

    /**
     * Returns a collection with its default regexes that follows the hook's save configuration.
     *
     * @param name the collection name, non-blank without whitespace
     * @return the collection
     * @throws IllegalArgumentException if the name is blank or holds whitespace
     */
    public static CollectionConfig of(String name) {
        return new CollectionConfig(checkName(name), List.of(), null);
    }

    /**
     * Returns a collection with its default regexes and its own save configuration.
     *
     * @param name the collection name
     * @param saveConfig when it is saved
     * @return the collection
     * @throws IllegalArgumentException if the name is blank or holds whitespace
     */
    public static CollectionConfig of(String name, SaveConfig saveConfig) {
        return new CollectionConfig(checkName(name), List.of(), Objects.requireNonNull(saveConfig, "saveConfig"));
    }

    /**
     * Returns a copy selecting tensors by these regexes (Java syntax, matched with {@code find} as smdebug's
     * {@code re.search}).
     *
     * @param regexes the regexes, at least one
     * @return the copy
     * @throws IllegalArgumentException if no regex is given or one does not compile
     */
    public CollectionConfig withIncludeRegex(String... regexes) {
        return new CollectionConfig(name, checkRegexes(Arrays.asList(regexes)), saveConfig);
    }

    /**
     * Returns the collection name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the include regexes given for this collection.
     *
     * @return the regexes; empty means the built-in collection's own
     */
    public List<String> includeRegex() {
        return includeRegex;
    }

    /**
     * Returns the collection's own save configuration.
     *
     * @return the configuration, or empty if it follows the hook's
     */
    public Optional<SaveConfig> saveConfig() {
        return Optional.ofNullable(saveConfig);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CollectionConfig that && name.equals(that.name)
                && includeRegex.equals(that.includeRegex) && Objects.equals(saveConfig, that.saveConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, includeRegex, saveConfig);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CollectionConfig[name=%s, includeRegex=%s, saveConfig=%s]", name,
                includeRegex, saveConfig == null ? "hook's" : saveConfig);
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("collection name must be non-blank without whitespace: '" + name + "'");
        }
        return name;
    }

    static List<String> checkRegexes(List<String> regexes) {
        if (regexes.isEmpty()) {
            throw new IllegalArgumentException("include_regex needs at least one regex");
        }
        List<String> out = new ArrayList<>();
        for (String regex : regexes) {
            Objects.requireNonNull(regex, "regex");
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "include_regex '%s' is not a valid regex: %s", regex, e.getDescription()), e);
            }
            out.add(regex);
        }
        return List.copyOf(out);
    }
}
