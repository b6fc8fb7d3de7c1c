// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The included collections with compiled regexes: which are due at a step, which a tensor name belongs to (a regex
 * {@code find}s in it, as smdebug's {@code re.search}), and whether a built-in producer must run.
 *
 * <p>Not thread-safe (caches memberships); used on the training thread.
 */
final class CollectionIndex {
    private final List<CollectionPlan> plans;
    private final Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
    private final Map<String, Set<String>> memberships = new LinkedHashMap<>();

    CollectionIndex(List<CollectionPlan> plans) {
        this.plans = List.copyOf(plans);
        for (CollectionPlan plan : plans) {
            patterns.put(plan.name(), plan.includeRegex().stream().map(Pattern::compile).toList());
        }
    }

    boolean includes(BuiltInCollection collection) {
        return patterns.containsKey(collection.collectionName());
    }

    Set<String> dueAt(long step) {
        Set<String> due = new LinkedHashSet<>();
        for (CollectionPlan plan : plans) {
            if (plan.saveConfig().shouldSave(step)) {
                due.add(plan.name());
            }
        }
        return due;
    }

    /**
     * Returns whether a built-in collection's tensors must be computed: it is due, or a collection that selects by
     * regex alone is due and might want them.
     */
    boolean needs(BuiltInCollection collection, Set<String> due) {
        if (due.contains(collection.collectionName())) {
            return true;
        }
        for (String name : due) {
            if (BuiltInCollection.byName(name).map(c -> !c.hasProducer()).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    Set<String> membersOf(String tensorName) {
        return memberships.computeIfAbsent(tensorName, this::match);
    }

    private Set<String> match(String tensorName) {
        Set<String> members = new LinkedHashSet<>();
        patterns.forEach((collection, regexes) -> {
            if (regexes.stream().anyMatch(p -> p.matcher(tensorName).find())) {
                members.add(collection);
            }
        });
        return Set.copyOf(members);
    }
}
