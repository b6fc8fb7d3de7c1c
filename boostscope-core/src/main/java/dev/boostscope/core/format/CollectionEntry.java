// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.Mode;
import dev.boostscope.trial.TensorCollection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One collection in a collections file: its include regexes, the tensor names recorded, and its save configuration
 * per mode.
 *
 * @param name the collection name
 * @param includeRegex the include regexes
 * @param tensorNames the tensor names, sorted
 * @param saveConfig the save configuration per mode; empty for none ({@code null} in the JSON)
 * @param saveHistogram whether TensorBoard histograms are written
 *
 * <p>Immutable.
 */
public record CollectionEntry(String name, List<String> includeRegex, SortedSet<String> tensorNames,
        Map<Mode, SaveConfigEntry> saveConfig, boolean saveHistogram) {

    /**
     * Validates and copies.
     *
     * @param name the collection name
     * @param includeRegex the include regexes
     * @param tensorNames the tensor names
     * @param saveConfig the save configuration per mode
     * @param saveHistogram whether histograms are written
     */
    public CollectionEntry {
        Objects.requireNonNull(name, "name");
        includeRegex = List.copyOf(includeRegex);
        tensorNames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tensorNames));
        saveConfig = saveConfig.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(saveConfig));
    }

    /**
     * Returns the analysis side's view of this collection.
     *
     * @return the collection
     */
    public TensorCollection toTensorCollection() {
        return new TensorCollection(name, includeRegex, tensorNames);
    }

    ObjectNode toJson() {
        ObjectNode node = PythonStyleJson.objectNode();
        node.put("name", name);
        includeRegex.forEach(node.putArray("include_regex")::add);
        tensorNames.forEach(node.putArray("tensor_names")::add);
        node.putObject("reduction_config").put("save_raw_tensor", true).put("reductions", "")
                .put("save_shape", false);
        if (saveConfig.isEmpty()) {
            node.putNull("save_config");
        } else {
            node.set("save_config", CollectionsFile.saveConfigJson(saveConfig));
        }
        node.put("save_histogram", saveHistogram);
        return node;
    }

    static CollectionEntry parse(JsonFields fields, String key, JsonNode node) {
        String path = "collections." + key + ".";
        String name = node.has("name") ? fields.text(node, "name", path) : key;
        List<String> regex = fields.texts(node, "include_regex", path);
        List<String> names = fields.texts(node, "tensor_names", path);
        Map<Mode, SaveConfigEntry> save = new EnumMap<>(Mode.class);
        JsonNode saveNode = node.get("save_config");
        if (saveNode != null && !saveNode.isNull()) {
            if (!saveNode.isObject()) {
                throw fields.invalid(path + "save_config", "an object or null", node, "save_config");
            }
            for (Map.Entry<String, JsonNode> mode : saveNode.properties()) {
                save.put(parseMode(fields, path, saveNode, mode.getKey()),
                        parseSave(fields, path + "save_config." + mode.getKey() + ".", saveNode, mode.getKey()));
            }
        }
        return new CollectionEntry(name, regex, new TreeSet<>(names), save,
                fields.bool(node, "save_histogram", path, false));
    }

    private static Mode parseMode(JsonFields fields, String path, JsonNode saveNode, String text) {
        try {
            return Mode.parse(text);
        } catch (IllegalArgumentException e) {
            FormatException error = fields.invalid(path + "save_config", "keyed by TRAIN, EVAL, PREDICT or GLOBAL",
                    saveNode, text, PythonStyleJson.textNode(text).toString());
            error.initCause(e);
            throw error;
        }
    }

    private static SaveConfigEntry parseSave(JsonFields fields, String path, JsonNode saveNode, String mode) {
        JsonNode node = saveNode.get(mode);
        if (!node.isObject()) {
            throw fields.invalid(path, "an object", saveNode, mode);
        }
        long interval = fields.integer(node, "save_interval", path);
        long start = node.has("start_step") ? fields.integer(node, "start_step", path) : 0;
        JsonNode end = node.get("end_step");
        OptionalLong endStep = end == null || end.isNull() ? OptionalLong.empty()
                : OptionalLong.of(fields.integer(node, "end_step", path));
        List<Long> steps = new java.util.ArrayList<>();
        JsonNode list = node.get("save_steps");
        if (list != null && !list.isNull()) {
            JsonNode array = fields.array(node, "save_steps", path);
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isIntegralNumber()) {
                    throw fields.invalid(path + "save_steps[]", "an integer", array, i);
                }
                steps.add(array.get(i).asLong());
            }
        }
        try {
            return new SaveConfigEntry(interval, steps, start, endStep);
        } catch (IllegalArgumentException e) {
            throw fields.invalid(path + "save_interval", "positive with start_step non-negative", node, null);
        }
    }
}
