// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.xgboost.capture.CapturedTensor;
import dev.boostscope.xgboost.capture.StepSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps every tensor name written so far in each collection, so the collections file is complete (smdebug writes it
 * once, after the first step, and misses later names).
 *
 * <p>Not thread-safe: used by the writer thread.
 */
final class CollectionsTracker {
    private final CollectionsFile template;
    private final Map<String, TreeSet<String>> names = new LinkedHashMap<>();

    CollectionsTracker(CollectionsFile template) {
        this.template = template;
        template.collections().forEach((name, entry) -> names.put(name, new TreeSet<>(entry.tensorNames())));
    }

    /**
     * Records a step's names.
     *
     * @param snapshot the step
     * @return true if a collection gained a name
     */
    boolean add(StepSnapshot snapshot) {
        boolean changed = false;
        for (CapturedTensor tensor : snapshot.tensors()) {
            for (String collection : tensor.collections()) {
                TreeSet<String> known = names.get(collection);
                if (known != null) {
                    changed |= known.add(tensor.record().name());
                }
            }
        }
        return changed;
    }

    CollectionsFile current() {
        Map<String, CollectionEntry> entries = new LinkedHashMap<>();
        template.collections().forEach((name, entry) -> entries.put(name, new CollectionEntry(name,
                entry.includeRegex(), names.get(name), entry.saveConfig(), entry.saveHistogram())));
        return new CollectionsFile(entries, template.numWorkers(), template.formatVersion());
    }
}
