// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.Mode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A worker's collections file: {@code {"collections": {name: collection, ...}, "_meta": {"num_workers": N}}}.
 * Boostscope rewrites it (atomically) whenever a new tensor name appears, so its lists are complete; smdebug writes
 * it once. Our format version is kept in {@code _meta}, since smdebug's loader rejects other top-level keys.
 *
 * @param collections the collections, by name
 * @param numWorkers how many workers write the trial
 * @param formatVersion the format version; files smdebug wrote have none and read as 1
 *
 * <p>Immutable.
 */
public record CollectionsFile(Map<String, CollectionEntry> collections, int numWorkers, int formatVersion) {
    /** The newest collections format version this code reads and the one it writes. */
    public static final int CURRENT_VERSION = 1;

    /**
     * Validates and copies.
     *
     * @param collections the collections
     * @param numWorkers the number of workers, positive
     * @param formatVersion the format version
     */
    public CollectionsFile {
        collections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(collections));
        if (formatVersion < 1 || formatVersion > CURRENT_VERSION) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "format version must be 1 to %d: %d", CURRENT_VERSION, formatVersion));
        }
        if (numWorkers < 1) {
            throw new IllegalArgumentException("num_workers must be positive: " + numWorkers);
        }
    }

    /**
     * Returns the file's bytes.
     *
     * @return ASCII JSON on one line
     */
    public byte[] toJson() {
        ObjectNode root = PythonStyleJson.objectNode();
        ObjectNode all = root.putObject("collections");
        for (CollectionEntry entry : collections.values()) {
            all.set(entry.name(), entry.toJson());
        }
        ObjectNode meta = root.putObject("_meta");
        meta.put("num_workers", numWorkers);
        meta.put("format_version", formatVersion);
        return PythonStyleJson.write(root);
    }

    /**
     * Parses a collections file, smdebug's or ours.
     *
     * @param bytes the file's bytes
     * @param source the file or key, for messages
     * @return the collections
     * @throws FormatException if the JSON is invalid, a key is missing or mistyped, or the version is newer
     */
    public static CollectionsFile parse(byte[] bytes, String source) {
        JsonNode root = PythonStyleJson.read(bytes, source);
        JsonFields fields = new JsonFields(source, bytes, root);
        JsonNode meta = fields.object(root, "_meta", "");
        int version = fields.formatVersion(meta, "_meta.", CURRENT_VERSION);
        long workers = fields.integer(meta, "num_workers", "_meta.");
        if (workers < 1 || workers > 100_000) {
            throw fields.invalid("_meta.num_workers", "a positive integer", meta, "num_workers");
        }
        Map<String, CollectionEntry> collections = new LinkedHashMap<>();
        JsonNode all = fields.object(root, "collections", "");
        for (Map.Entry<String, JsonNode> item : all.properties()) {
            if (!item.getValue().isObject()) {
                throw fields.invalid("collections." + item.getKey(), "an object", all, item.getKey());
            }
            collections.put(item.getKey(), CollectionEntry.parse(fields, item.getKey(), item.getValue()));
        }
        return new CollectionsFile(collections, (int) workers, version);
    }

    static ObjectNode saveConfigJson(Map<Mode, SaveConfigEntry> saveConfig) {
        ObjectNode node = PythonStyleJson.objectNode();
        for (Mode mode : Mode.values()) {
            SaveConfigEntry entry = saveConfig.get(mode);
            if (entry != null) {
                ObjectNode json = node.putObject(mode.wireName());
                json.put("save_interval", entry.saveInterval());
                entry.saveSteps().forEach(json.putArray("save_steps")::add);
                json.put("start_step", entry.startStep());
                if (entry.endStep().isPresent()) {
                    json.put("end_step", entry.endStep().getAsLong());
                } else {
                    json.putNull("end_step");
                }
            }
        }
        return node;
    }

    static String describe(String source, String key) {
        return String.format(Locale.ROOT, "%s: collection '%s'", source, Objects.requireNonNull(key));
    }
}
