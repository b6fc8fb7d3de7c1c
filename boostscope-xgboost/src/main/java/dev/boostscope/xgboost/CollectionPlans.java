// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import dev.boostscope.core.Mode;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.SaveConfigEntry;
import dev.boostscope.xgboost.capture.BuiltInCollection;
import dev.boostscope.xgboost.capture.CollectionPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a {@link HookConfig} into the collections the capture applies: configured regexes replace a built-in
 * collection's own; a collection without its own save configuration follows the hook's, except
 * {@code hyperparameters}, saved at step 0 only; {@code save_all} adds every built-in collection and {@code all};
 * the hook's include regexes make {@code default}; a SHAP collection brings {@code shap_sample}.
 *
 * <p>Thread-safe (stateless).
 */
final class CollectionPlans {
    /** Step 0 only: interval 1 with an exclusive end of 1. */
    static final SaveConfig STEP_ZERO = SaveConfig.newBuilder().saveInterval(1).endStep(1).build();

    private CollectionPlans() {
    }

    static List<CollectionPlan> of(HookConfig config) {
        Map<String, CollectionPlan> plans = new LinkedHashMap<>();
        config.collections().values().forEach(c -> plans.put(c.name(), plan(c, config)));
        if (config.saveAll()) {
            for (BuiltInCollection builtIn : BuiltInCollection.values()) {
                if (builtIn != BuiltInCollection.DEFAULT) {
                    plans.putIfAbsent(builtIn.collectionName(), plan(CollectionConfig.of(builtIn.collectionName()),
                            config));
                }
            }
        }
        if (!config.includeRegex().isEmpty()) {
            plans.merge(BuiltInCollection.DEFAULT.collectionName(), new CollectionPlan("default",
                    config.includeRegex(), config.saveConfig().toEntry()), CollectionPlans::withRegexes);
        }
        shapSample(plans).ifPresent(p -> plans.putIfAbsent(p.name(), p));
        return List.copyOf(plans.values());
    }

    static CollectionsFile template(List<CollectionPlan> plans, int numWorkers) {
        Map<String, CollectionEntry> entries = new LinkedHashMap<>();
        for (CollectionPlan plan : plans) {
            Map<Mode, SaveConfigEntry> modes = new EnumMap<>(Mode.class);
            for (Mode mode : Mode.values()) {
                modes.put(mode, plan.saveConfig());
            }
            entries.put(plan.name(), new CollectionEntry(plan.name(), plan.includeRegex(), new TreeSet<>(), modes,
                    false));
        }
        return new CollectionsFile(entries, numWorkers, CollectionsFile.CURRENT_VERSION);
    }

    private static CollectionPlan plan(CollectionConfig collection, HookConfig config) {
        Optional<BuiltInCollection> builtIn = BuiltInCollection.byName(collection.name());
        List<String> regexes = !collection.includeRegex().isEmpty() ? collection.includeRegex()
                : builtIn.map(BuiltInCollection::defaultRegex).orElse(List.of());
        SaveConfig fallback = builtIn.filter(b -> b == BuiltInCollection.HYPERPARAMETERS).isPresent()
                ? STEP_ZERO : config.saveConfig();
        return new CollectionPlan(collection.name(), regexes, collection.saveConfig().orElse(fallback).toEntry());
    }

    private static CollectionPlan withRegexes(CollectionPlan configured, CollectionPlan hookRegexes) {
        List<String> regexes = new ArrayList<>(configured.includeRegex());
        hookRegexes.includeRegex().stream().filter(r -> !regexes.contains(r)).forEach(regexes::add);
        return new CollectionPlan(configured.name(), regexes, configured.saveConfig());
    }

    private static Optional<CollectionPlan> shapSample(Map<String, CollectionPlan> plans) {
        CollectionPlan shap = plans.get(BuiltInCollection.AVERAGE_SHAP.collectionName());
        if (shap == null) {
            shap = plans.get(BuiltInCollection.FULL_SHAP.collectionName());
        }
        return Optional.ofNullable(shap).map(s -> new CollectionPlan(BuiltInCollection.SHAP_SAMPLE.collectionName(),
                BuiltInCollection.SHAP_SAMPLE.defaultRegex(), s.saveConfig()));
    }
}
