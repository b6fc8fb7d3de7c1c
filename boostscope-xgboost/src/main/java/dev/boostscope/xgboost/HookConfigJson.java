// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.format.JsonSyntaxErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads SageMaker's DebugHookConfig JSON (smdebug's {@code json_config.py} keys, spec §2.8) into a
 * {@link HookConfig.Builder}. Unknown keys and bad values are errors naming the file, the key path and the value.
 * Deliberate differences from smdebug: a collection without its own save keys follows the hook's save configuration
 * (smdebug falls back to interval 500); {@code S3OutputPath} is written to directly when {@code LocalPath} is absent
 * (smdebug ignores it); {@code train.}/{@code eval.}/{@code predict.} keys are validated but unused, as the XGBoost
 * hook saves in GLOBAL mode only, where {@code global.} keys override plain ones.
 *
 * <p>Immutable.
 */
final class HookConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TOP_LEVEL =
            List.of("LocalPath", "S3OutputPath", "S3Path", "HookParameters", "CollectionConfigurations");
    private static final List<String> SAVE_KEYS = List.of("save_interval", "save_steps", "start_step", "end_step");
    private static final List<String> PREFIXES = List.of("", "train.", "eval.", "predict.", "global.");
    private static final List<String> HOOK_KEYS = List.of("include_regex", "save_all", "include_workers",
            "reductions", "save_raw_tensor", "save_shape", "export_tensorboard", "tensorboard_dir",
            "boostscope.shap_sample_rows", "boostscope.shap_seed", "boostscope.shap_full_data",
            "boostscope.fail_fast", "boostscope.max_failures", "boostscope.queue_capacity");
    private static final List<String> COLLECTION_KEYS =
            List.of("include_regex", "save_histogram", "reductions", "save_raw_tensor", "save_shape");
    private static final List<String> ENTRY_KEYS = List.of("CollectionName", "CollectionParameters");

    private final ConfigValues values;

    private HookConfigJson(String source) {
        this.values = new ConfigValues(source);
    }

    /** Builds a configuration read from a file, naming the file in a cross-field error. */
    static HookConfig build(HookConfig.Builder builder, String source) {
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("hook config " + source + ": " + e.getMessage(), e);
        }
    }

    static HookConfig.Builder parseFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "hook config %s: cannot be read: %s",
                    file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return parse(text, file.toString());
    }

    static HookConfig.Builder parse(String json, String source) {
        HookConfigJson reader = new HookConfigJson(source);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw reader.values.error(JsonSyntaxErrors.describe(e), e);
        }
        return reader.read(root);
    }

    private HookConfig.Builder read(@Nullable JsonNode root) {
        if (root == null || !root.isObject()) {
            throw values.error("expected a JSON object at the top level, found "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        checkKeys(root, "", TOP_LEVEL);
        HookConfig.Builder builder = HookConfig.newBuilder();
        builder.outputLocation(output(root));
        JsonNode hook = object(root, "HookParameters");
        Optional<SaveConfig> hookSave = saveConfig("HookParameters.", hook, SaveConfig.defaults());
        hookSave.ifPresent(builder::saveConfig);
        hookParameters(builder, hook);
        collections(builder, root.get("CollectionConfigurations"), hookSave.orElse(SaveConfig.defaults()));
        return builder;
    }

    private String output(JsonNode root) {
        for (String key : List.of("LocalPath", "S3OutputPath", "S3Path")) {
            JsonNode value = root.get(key);
            if (value != null && !value.isNull()) {
                String text = values.text(key, value);
                if (text.isBlank()) {
                    throw values.bad(key, "a non-blank path", value);
                }
                return text;
            }
        }
        throw values.error("LocalPath or S3OutputPath is required");
    }

    private void hookParameters(HookConfig.Builder builder, JsonNode hook) {
        checkKeys(hook, "HookParameters.", knownKeys(HOOK_KEYS));
        for (Iterator<Map.Entry<String, JsonNode>> it = hook.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            hookParameter(builder, "HookParameters." + entry.getKey(), entry.getKey(), entry.getValue());
        }
    }

    private void hookParameter(HookConfig.Builder builder, String path, String key, JsonNode value) {
        switch (key) {
            case "include_regex" -> builder.includeRegex(values.regexes(path, value).toArray(String[]::new));
            case "save_all" -> builder.saveAll(values.bool(path, value));
            case "include_workers" -> builder.includeWorkers(includeWorkers(path, value));
            case "export_tensorboard" -> unsupportedIf(values.bool(path, value), path, value);
            case "boostscope.shap_sample_rows" -> builder.shapSampleRows(values.positiveInt(path, value));
            case "boostscope.shap_seed" -> builder.shapSeed(values.anyLong(path, value));
            case "boostscope.shap_full_data" -> builder.shapFullData(values.bool(path, value));
            case "boostscope.fail_fast" -> builder.failFast(values.bool(path, value));
            case "boostscope.max_failures" -> builder.maxFailures(values.positiveInt(path, value));
            case "boostscope.queue_capacity" -> builder.queueCapacity(values.positiveInt(path, value));
            default -> commonParameter(path, key, value);
        }
    }

    /** Checks the keys hook and collection parameters share; save keys were read already. */
    private void commonParameter(String path, String key, JsonNode value) {
        switch (key) {
            case "reductions" -> unsupportedIf(!values.text(path, value).isBlank(), path, value);
            case "save_raw_tensor" -> unsupportedIf(!values.bool(path, value), path, value);
            case "save_shape" -> unsupportedIf(values.bool(path, value), path, value);
            case "save_histogram" -> values.bool(path, value);
            default -> values.text(path, value);
        }
    }

    private void unsupportedIf(boolean unsupported, String path, JsonNode value) {
        if (unsupported) {
            throw values.error(String.format(Locale.ROOT, "%s is not supported by the XGBoost hook: %s", path,
                    ConfigValues.quote(value)));
        }
    }

    private IncludeWorkers includeWorkers(String path, JsonNode value) {
        try {
            return IncludeWorkers.parse(values.text(path, value));
        } catch (IllegalArgumentException e) {
            throw values.bad(path, "\"one\" or \"all\"", value);
        }
    }

    private void collections(HookConfig.Builder builder, @Nullable JsonNode list, SaveConfig hookSave) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw values.bad("CollectionConfigurations", "an array", list);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            CollectionConfig collection = collection("CollectionConfigurations[" + i + "]", list.get(i), hookSave);
            if (!seen.add(collection.name())) {
                throw values.error(String.format(Locale.ROOT, "CollectionConfigurations[%d].CollectionName '%s' "
                        + "appears twice", i, collection.name()));
            }
            builder.collection(collection);
        }
    }

    private CollectionConfig collection(String path, JsonNode entry, SaveConfig hookSave) {
        if (!entry.isObject()) {
            throw values.bad(path, "an object", entry);
        }
        checkKeys(entry, path + ".", ENTRY_KEYS);
        JsonNode nameNode = entry.get("CollectionName");
        if (nameNode == null || nameNode.isNull()) {
            throw values.error(path + ".CollectionName is required");
        }
        String name = values.text(path + ".CollectionName", nameNode);
        try {
            CollectionConfig.checkName(name);
        } catch (IllegalArgumentException e) {
            throw values.bad(path + ".CollectionName", "a name without whitespace", nameNode);
        }
        String paramsPath = path + ".CollectionParameters.";
        JsonNode params = object(entry, "CollectionParameters");
        checkKeys(params, paramsPath, knownKeys(COLLECTION_KEYS));
        Optional<SaveConfig> save = saveConfig(paramsPath, params, hookSave);
        CollectionConfig collection = save.map(s -> CollectionConfig.of(name, s)).orElse(CollectionConfig.of(name));
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> param = it.next();
            if (param.getKey().equals("include_regex")) {
                collection = collection.withIncludeRegex(values.regexes(paramsPath + "include_regex",
                        param.getValue()).toArray(String[]::new));
            } else {
                commonParameter(paramsPath + param.getKey(), param.getKey(), param.getValue());
            }
        }
        return collection;
    }

    /**
     * Reads the GLOBAL-mode save keys ({@code global.} before plain); keys missing here come from {@code base}.
     *
     * @return the configuration, or empty if no plain or global save key is present
     */
    private Optional<SaveConfig> saveConfig(String path, JsonNode params, SaveConfig base) {
        for (String prefix : List.of("train.", "eval.", "predict.")) {
            SAVE_KEYS.forEach(key -> saveValue(path, params, prefix + key));
        }
        Object[] read = new Object[SAVE_KEYS.size()];
        boolean any = false;
        for (int i = 0; i < read.length; i++) {
            Object global = saveValue(path, params, "global." + SAVE_KEYS.get(i));
            read[i] = global != null ? global : saveValue(path, params, SAVE_KEYS.get(i));
            any |= read[i] != null;
        }
        if (!any) {
            return Optional.empty();
        }
        SaveConfig.Builder save = SaveConfig.newBuilder()
                .saveInterval(read[0] == null ? base.saveInterval() : (Integer) read[0])
                .startStep(read[2] == null ? base.startStep() : (Integer) read[2]);
        @SuppressWarnings("unchecked")
        List<Integer> steps = read[1] == null ? base.saveSteps() : (List<Integer>) read[1];
        save.saveSteps(steps.stream().mapToInt(Integer::intValue).toArray());
        if (read[3] != null) {
            save.endStep((Integer) read[3]);
        } else {
            base.endStep().ifPresent(save::endStep);
        }
        return Optional.of(save.build());
    }

    private @Nullable Object saveValue(String path, JsonNode params, String key) {
        JsonNode value = params.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String where = path + key;
        return switch (key.substring(key.indexOf('.') + 1)) {
            case "save_interval" -> values.positiveInt(where, value);
            case "save_steps" -> values.steps(where, value);
            default -> values.nonNegativeInt(where, value);
        };
    }

    private JsonNode object(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (!value.isObject()) {
            throw values.bad(key, "an object", value);
        }
        return value;
    }

    private void checkKeys(JsonNode node, String path, List<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!known.contains(key)) {
                List<String> plain = known.stream().filter(k -> !isPrefixedSaveKey(k)).toList();
                String hint = known.contains("global.save_interval")
                        ? "; save keys may be prefixed train., eval., predict. or global." : "";
                throw values.error(String.format(Locale.ROOT, "unknown key '%s%s' (expected one of %s%s)", path,
                        key, String.join(", ", plain), hint));
            }
        }
    }

    private static boolean isPrefixedSaveKey(String key) {
        int dot = key.indexOf('.');
        return dot > 0 && PREFIXES.contains(key.substring(0, dot + 1)) && SAVE_KEYS.contains(key.substring(dot + 1));
    }

    private static List<String> knownKeys(List<String> others) {
        List<String> known = new ArrayList<>();
        for (String prefix : PREFIXES) {
            SAVE_KEYS.forEach(key -> known.add(prefix + key));
        }
        known.addAll(others);
        return known;
    }
}
