// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A step's index file for one worker: where each tensor's record lies in the step's event file. Its existence is
 * what makes the step visible to readers, so it is always published after its event file.
 *
 * <pre>{@code
 * {"meta": {"mode": "GLOBAL", "mode_step": 3, "event_file_name": "events/000000000003/000000000003_worker_0.tfevents"},
 *  "tensor_payload": [{"tensorname": "train-rmse", "start_idx": 0, "length": 106}, ...],
 *  "shape_payload": [], "format_version": 1}
 * }</pre>
 *
 * @param mode the mode of the step
 * @param modeStep the step in the mode's numbering
 * @param eventFileName the event file's key, relative to the trial root
 * @param tensors the tensors' locations, in write order
 * @param formatVersion the format version; files smdebug wrote have none and read as 1
 *
 * <p>Immutable.
 */
public record IndexFile(Mode mode, long modeStep, String eventFileName, List<TensorLocation> tensors,
        int formatVersion) {
    /** The newest index format version this code reads and the one it writes. */
    public static final int CURRENT_VERSION = 1;

    /**
     * Validates and copies.
     *
     * @param mode the mode
     * @param modeStep the step in the mode's numbering
     * @param eventFileName the event file's key
     * @param tensors the locations
     * @param formatVersion the format version
     */
    public IndexFile {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(eventFileName, "eventFileName");
        if (formatVersion < 1 || formatVersion > CURRENT_VERSION) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "format version must be 1 to %d: %d", CURRENT_VERSION, formatVersion));
        }
        tensors = List.copyOf(tensors);
    }

    /**
     * Returns the file's bytes, in the layout smdebug writes plus a {@code format_version} key.
     *
     * @return UTF-8 (ASCII) JSON on one line
     */
    public byte[] toJson() {
        ObjectNode root = PythonStyleJson.objectNode();
        ObjectNode meta = root.putObject("meta");
        meta.put("mode", mode.wireName());
        meta.put("mode_step", modeStep);
        meta.put("event_file_name", eventFileName);
        ArrayNode payload = root.putArray("tensor_payload");
        for (TensorLocation location : tensors) {
            payload.addObject().put("tensorname", location.name()).put("start_idx", location.startIdx())
                    .put("length", location.length());
        }
        root.putArray("shape_payload");
        root.put("format_version", formatVersion);
        return PythonStyleJson.write(root);
    }

    /**
     * Parses an index file, smdebug's or ours.
     *
     * @param bytes the file's bytes
     * @param source the file or key, for messages
     * @return the index
     * @throws FormatException if the JSON is invalid, a key is missing or mistyped, or the version is newer
     */
    public static IndexFile parse(byte[] bytes, String source) {
        IndexFile scanned = IndexJsonScanner.scan(bytes);
        return scanned != null ? scanned : parseTree(bytes, source);
    }

    /**
     * Parses an index file, naming it for messages only when it does not parse on the fast path: building a file's
     * URI costs more than reading a small index file.
     *
     * @param bytes the file's bytes
     * @param source the file or key, for messages; called only when the file is invalid or of an unusual shape
     * @return the index
     * @throws FormatException if the JSON is invalid, a key is missing or mistyped, or the version is newer
     */
    public static IndexFile parse(byte[] bytes, Supplier<String> source) {
        IndexFile scanned = IndexJsonScanner.scan(bytes);
        return scanned != null ? scanned : parseTree(bytes, source.get());
    }

    /** Parses with Jackson's tree reader: any JSON layout, and the messages for every error. */
    static IndexFile parseTree(byte[] bytes, String source) {
        JsonNode root = PythonStyleJson.read(bytes, source);
        JsonFields fields = new JsonFields(source, bytes, root);
        int version = fields.formatVersion(root, "", CURRENT_VERSION);
        JsonNode meta = fields.object(root, "meta", "");
        Mode mode = parseMode(fields, meta);
        long modeStep = fields.integer(meta, "mode_step", "meta.");
        String eventFile = fields.text(meta, "event_file_name", "meta.");
        if (!isRelativeKey(eventFile)) {
            throw fields.invalid("meta.event_file_name", "a relative key such as "
                    + "events/000000000003/000000000003_worker_0.tfevents", meta, "event_file_name");
        }
        if (!root.has("tensor_payload") && !root.has("shape_payload")) {
            throw fields.invalid("tensor_payload", "a list", root, "tensor_payload");
        }
        List<TensorLocation> tensors = new ArrayList<>();
        if (root.has("tensor_payload")) {
            JsonNode payload = fields.array(root, "tensor_payload", "");
            for (int i = 0; i < payload.size(); i++) {
                if (!payload.get(i).isObject()) {
                    throw fields.invalid("tensor_payload[]", "an object", payload, i);
                }
                tensors.add(location(fields, payload.get(i)));
            }
        }
        return new IndexFile(mode, modeStep, eventFile, tensors, version);
    }

    private static TensorLocation location(JsonFields fields, JsonNode item) {
        String path = "tensor_payload[].";
        long start = fields.integer(item, "start_idx", path);
        long length = fields.integer(item, "length", path);
        if (start < 0 || length < TfRecords.OVERHEAD || length > Integer.MAX_VALUE
                || start > Long.MAX_VALUE - length) {
            throw fields.invalid(path + "start_idx/length", "a non-negative offset and a record length >= 16",
                    item, null);
        }
        String name = fields.text(item, "tensorname", path);
        if (name.isEmpty()) {
            throw fields.invalid(path + "tensorname", "a non-empty string", item, "tensorname");
        }
        return new TensorLocation(name, start, (int) length);
    }

    /** Keys are joined to the trial root: an absolute path or a '..' segment would escape it. */
    static boolean isRelativeKey(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.contains("://")) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static Mode parseMode(JsonFields fields, JsonNode meta) {
        String text = fields.text(meta, "mode", "meta.");
        try {
            return Mode.parse(text);
        } catch (IllegalArgumentException e) {
            FormatException error = fields.invalid("meta.mode", "one of TRAIN, EVAL, PREDICT, GLOBAL", meta, "mode",
                    text);
            error.initCause(e);
            throw error;
        }
    }

    /**
     * Where one tensor's record lies in the event file.
     *
     * @param name the tensor name
     * @param startIdx the byte offset of the record's first length byte
     * @param length the record's whole length, framing included
     */
    public record TensorLocation(String name, long startIdx, int length) {
        /**
         * Validates.
         *
         * @param name the tensor name
         * @param startIdx the offset
         * @param length the length
         */
        public TensorLocation {
            Objects.requireNonNull(name, "name");
        }
    }
}
