// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every golden smdebug trial through the Trial API and checks it against its MANIFEST.json. */
final class GoldenTrialApiTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/trials");

    static Stream<String> trials() throws Exception {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("trials")
    void open_goldenTrial_stepsWorkersAndNamesMatchManifest(String name) throws Exception {
        JsonNode manifest = manifest(name);
        try (Trial trial = Trials.open(GOLDEN.resolve(name).toString())) {
            assertThat(trial.name()).isEqualTo(name);
            assertThat(trial.loadedAllSteps()).isEqualTo(manifest.get("end_marker").asBoolean());
            assertThat(trial.steps()).containsExactlyElementsOf(ints(manifest.get("steps")));
            assertThat(trial.steps(Mode.GLOBAL)).containsExactlyElementsOf(ints(manifest.get("steps")));
            assertThat(trial.workers()).containsExactlyElementsOf(texts(manifest.get("workers")));
            List<String> names = new ArrayList<>();
            manifest.get("tensors").fieldNames().forEachRemaining(names::add);
            assertThat(trial.tensorNames()).containsExactlyElementsOf(names.stream().sorted().toList());
            assertThat(trial.lastCompleteStep()).hasValue(ints(manifest.get("steps")).get(names.isEmpty() ? 0
                    : manifest.get("steps").size() - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("trials")
    void value_everyTensorStepAndWorker_matchesManifestHashes(String name) throws Exception {
        JsonNode manifest = manifest(name);
        try (Trial trial = Trials.open(GOLDEN.resolve(name).toString())) {
            for (Map.Entry<String, JsonNode> tensor : fields(manifest.get("tensors"))) {
                Tensor read = trial.tensor(tensor.getKey());
                assertThat(read.steps()).as(tensor.getKey()).containsExactlyElementsOf(
                        ints(tensor.getValue().get("steps")));
                for (Map.Entry<String, JsonNode> worker : fields(tensor.getValue().get("by_worker_step"))) {
                    for (Map.Entry<String, JsonNode> step : fields(worker.getValue())) {
                        int at = Integer.parseInt(step.getKey());
                        assertThat(read.workers(at)).contains(worker.getKey());
                        check(tensor.getKey() + "@" + at, read.value(at, Mode.GLOBAL, worker.getKey()),
                                step.getValue());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("trials")
    void values_everyTensor_equalsValueAtEachStep(String name) throws Exception {
        try (Trial trial = Trials.open(GOLDEN.resolve(name).toString())) {
            for (String tensorName : trial.tensorNames()) {
                if (tensorName.startsWith("full_shap/")) {
                    continue; // 62 KB each, 785 of them: value_everyTensorStepAndWorker reads them already
                }
                Tensor tensor = trial.tensor(tensorName);
                SortedMap<Integer, NdArray> values = tensor.values();
                assertThat(values.keySet()).containsExactlyElementsOf(tensor.steps());
                values.forEach((step, value) -> assertThat(value).isEqualTo(tensor.value(step)));
                assertThat(tensor.values(trial.workers().get(0))).isEqualTo(values);
            }
        }
    }

    private static void check(String what, NdArray value, JsonNode want) throws Exception {
        assertThat(value.dtype().numpyName()).as(what + " dtype").isEqualTo(want.get("dtype").asText());
        assertThat(value.shape()).as(what + " shape").containsExactly(
                ints(want.get("shape")).stream().mapToLong(Integer::longValue).toArray());
        assertThat(sha256(value)).as(what + " sha256").isEqualTo(want.get("sha256_le").asText());
    }

    static JsonNode manifest(String name) throws Exception {
        return new ObjectMapper().readTree(GOLDEN.resolve(name).resolve("MANIFEST.json").toFile());
    }

    static String sha256(NdArray value) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        if (value.dtype() != DType.STRING) {
            return HexFormat.of().formatHex(digest.digest(value.toByteArray()));
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        byte[][] parts = value.toUtf8();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                joined.write(0);
            }
            joined.writeBytes(parts[i]);
        }
        return HexFormat.of().formatHex(digest.digest(joined.toByteArray()));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
