// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads names and values from a trial: a collection's names (listed or found by regex, since the collections file may
 * be incomplete or not written yet) and scalar curves.
 *
 * <p>Not thread-safe; one per extraction.
 */
final class TrialTensors {
    static final String LABELS = "labels";
    static final String PREDICTIONS = "predictions";

    private final Trial trial;

    TrialTensors(Trial trial) {
        this.trial = trial;
    }

    Trial trial() {
        return trial;
    }

    /** Returns the names a collection lists plus those its usual regex finds. */
    SortedSet<String> names(String collection, String regex) {
        SortedSet<String> names = new TreeSet<>(trial.tensorNamesInCollection(collection));
        names.addAll(trial.tensorNamesMatching(regex));
        return names;
    }

    boolean has(String name) {
        return trial.tensorNames().contains(name);
    }

    /** Returns a scalar tensor's values by step; steps whose value is not a number are left out. */
    SortedMap<Integer, Double> scalars(String name) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (Map.Entry<Integer, NdArray> entry : trial.tensor(name).values().entrySet()) {
            NdArray value = entry.getValue();
            if (value.dtype() != DType.STRING && value.size() > 0) {
                values.put(entry.getKey(), value.getDouble(0));
            }
        }
        return values;
    }

    /** Returns a tensor's values up to a step, by step. */
    SortedMap<Integer, NdArray> values(String name, int upToStep) {
        return trial.tensor(name).values().headMap(upToStep + 1);
    }

    /** Returns a tensor's values by step; empty if the trial does not have it. */
    SortedMap<Integer, NdArray> valuesIfPresent(String name) {
        return has(name) ? trial.tensor(name).values() : new TreeMap<>();
    }

    /** Returns the hyperparameters as text, from the first step that saved each. */
    Map<String, String> hyperparameters() {
        Map<String, String> parameters = new TreeMap<>();
        String prefix = "hyperparameters/";
        for (String name : names("hyperparameters", "^hyperparameters/")) {
            SortedMap<Integer, NdArray> values = trial.tensor(name).values();
            if (name.startsWith(prefix) && !values.isEmpty()) {
                parameters.put(name.substring(prefix.length()), text(values.get(values.firstKey())));
            }
        }
        return parameters;
    }

    private static String text(NdArray value) {
        String[] parts = value.toStringArray();
        return parts.length == 1 ? parts[0] : String.join(",", List.of(parts));
    }
}
