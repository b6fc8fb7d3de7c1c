// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.storage.LocalStorage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every golden trial smdebug wrote through the format layer and checks it against its MANIFEST.json. */
final class GoldenTrialsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/trials");

    static Stream<String> trials() throws Exception {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("trials")
    void indexAndRecords_goldenTrial_matchManifestBitForBit(String name) throws Exception {
        Path root = GOLDEN.resolve(name);
        JsonNode manifest = new ObjectMapper().readTree(root.resolve("MANIFEST.json").toFile());
        Map<String, Map<String, Map<Long, NdArray>>> seen = readAll(root);

        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(iterable(manifest.get("tensors").fieldNames()));
        assertThat(seen).hasSize(manifest.get("tensor_count").asInt());
        TreeSet<Long> steps = new TreeSet<>();
        seen.values().forEach(byWorker -> byWorker.values().forEach(bySteps -> steps.addAll(bySteps.keySet())));
        assertThat(steps).containsExactlyElementsOf(longs(manifest.get("steps")));
        manifest.get("tensors").properties().forEach(t -> checkTensor(t.getKey(), t.getValue(), seen));
    }

    private static void checkTensor(String name, JsonNode expected, Map<String, Map<String, Map<Long, NdArray>>> seen) {
        expected.get("by_worker_step").properties().forEach(worker -> worker.getValue().properties()
                .forEach(step -> {
                    NdArray value = seen.get(name).get(worker.getKey()).get(Long.parseLong(step.getKey()));
                    JsonNode want = step.getValue();
                    assertThat(value.dtype().numpyName()).as(name + " dtype").isEqualTo(want.get("dtype").asText());
                    assertThat(value.shape()).as(name + " shape").containsExactly(longs(want.get("shape"))
                            .stream().mapToLong(Long::longValue).toArray());
                    assertThat(sha256(value)).as(name + " @" + step.getKey()).isEqualTo(want.get("sha256_le").asText());
                }));
    }

    private static Map<String, Map<String, Map<Long, NdArray>>> readAll(Path root) {
        Map<String, Map<String, Map<Long, NdArray>>> out = new TreeMap<>();
        try (LocalStorage storage = LocalStorage.open(root)) {
            for (String key : storage.list(TrialLayout.INDEX_PREFIX, null)) {
                TrialLayout.IndexKey parsed = TrialLayout.parseIndexKey(key).orElseThrow();
                IndexFile index = IndexFile.parse(storage.get(key), key);
                for (IndexFile.TensorLocation location : index.tensors()) {
                    byte[] record = storage.get(index.eventFileName(), location.startIdx(), location.length());
                    TensorRecord tensor = EventFiles.decodeRecord(record, index.eventFileName(), location.startIdx());
                    assertThat(tensor.name()).isEqualTo(location.name());
                    assertThat(tensor.step()).isEqualTo(parsed.step());
                    out.computeIfAbsent(tensor.name(), k -> new TreeMap<>())
                            .computeIfAbsent(parsed.worker(), k -> new TreeMap<>()).put(parsed.step(), tensor.value());
                }
            }
        }
        return out;
    }

    static String sha256(NdArray value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (value.dtype() == DType.STRING) {
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
            return HexFormat.of().formatHex(digest.digest(value.toByteArray()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.List<Long> longs(JsonNode array) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        java.util.List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
