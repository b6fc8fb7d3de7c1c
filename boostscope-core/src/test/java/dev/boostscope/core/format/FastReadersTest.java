// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast readers ({@link IndexJsonScanner}, {@link EventScanner}) against the general ones (Jackson, protobuf): on
 * the files writers produce they read, and read the same; on mutated files they either decline or read exactly what
 * the general reader reads. The JSON tree reader builds the tree databind's {@code readTree} builds.
 */
final class FastReadersTest {
    private static final int ITERATIONS = 4_000;
    private static final String EVENTS = "events/000000000002/000000000002_worker_0.tfevents";

    @Test
    void scanIndex_everyGoldenIndexFile_readsAsJackson() throws IOException {
        List<Path> files = goldenFiles("index", ".json");

        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(IndexJsonScanner.scan(bytes)).as(file.toString())
                    .isNotNull().isEqualTo(IndexFile.parseTree(bytes, file.toString()));
        }
    }

    @Test
    void scanIndex_ourWriterOutput_readsAsJackson() {
        IndexFile index = new IndexFile(Mode.EVAL, 12, EVENTS, List.of(new IndexFile.TensorLocation("a-b", 0, 106),
                new IndexFile.TensorLocation("c", 106, 16)), IndexFile.CURRENT_VERSION);

        assertThat(IndexJsonScanner.scan(index.toJson())).isEqualTo(index);
    }

    @Test
    void scanIndex_otherLayouts_readAsJacksonOrDecline() {
        String[] texts = {
            "{\"tensor_payload\": [], \"meta\": {\"event_file_name\": \"" + EVENTS + "\", \"mode_step\": 2, "
                    + "\"mode\": \"train\"}}",
            " {\n\t\"meta\":{\"mode\":\"GLOBAL\",\"mode_step\":0,\"event_file_name\":\"" + EVENTS + "\"},"
                    + "\"shape_payload\":[]}\r\n",
            "{\"meta\": {\"mode\": \"GLOBAL\", \"mode_step\": 2, \"event_file_name\": \"" + EVENTS + "\"}, "
                    + "\"tensor_payload\": [{\"tensorname\": \"a\\u00e9\", \"start_idx\": 0, \"length\": 20}]}",
            "{\"meta\": {\"mode\": \"GLOBAL\", \"mode_step\": 2, \"event_file_name\": \"" + EVENTS + "\"}, "
                    + "\"tensor_payload\": [], \"extra\": 1}",
            "{\"meta\": {\"mode\": \"GLOBAL\", \"mode_step\": 02, \"event_file_name\": \"" + EVENTS + "\"}, "
                    + "\"tensor_payload\": []}",
        };
        for (String text : texts) {
            assertSameAsJackson(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(IndexJsonScanner.scan(texts[0].getBytes(StandardCharsets.UTF_8))).isNotNull();
        assertThat(IndexJsonScanner.scan(texts[2].getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void scanIndex_mutatedFiles_declineOrReadAsJackson() throws IOException {
        byte[] golden = Files.readAllBytes(goldenFiles("index", ".json").get(0));
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < ITERATIONS; i++) {
            assertSameAsJackson(mutate(random, golden));
        }
    }

    @Test
    void scanEvent_everyGoldenNumericRecord_readsAsProtobuf() throws IOException {
        int scanned = 0;
        for (Path file : goldenFiles("events", ".tfevents")) {
            byte[] bytes = Files.readAllBytes(file);
            for (int offset = 0; offset < bytes.length; ) {
                TfRecords.RecordSpan span = TfRecords.read(bytes, offset, "f", 0);
                TensorRecord general = decodeOrNull(bytes, span.offset(), span.length());
                TensorRecord fast = EventScanner.scan(bytes, span.offset(), span.length());
                if (general != null && general.value().dtype().isNumeric()) {
                    assertThat(fast).as(file + " at " + offset).isEqualTo(general);
                    scanned++;
                }
                offset = span.end();
            }
        }
        assertThat(scanned).isGreaterThan(100);
    }

    @Test
    void scanEvent_encodedRecords_readAsProtobuf() {
        List<TensorRecord> records = List.of(
                new TensorRecord("s", NdArray.scalar(0.25), 7, Mode.GLOBAL, 7, 1.7e9),
                new TensorRecord("m", NdArray.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3), 1L << 40, Mode.TRAIN,
                        3, -0.0),
                new TensorRecord("i", NdArray.ofLongs(new long[] {-1, Long.MAX_VALUE}, 2), 0, Mode.EVAL, 0, 0),
                new TensorRecord("b", NdArray.ofBooleans(new boolean[] {true}, 1, 1, 1), 3, Mode.PREDICT, 9, 1));
        for (TensorRecord record : records) {
            byte[] payload = EventCodec.encode(record);
            assertThat(EventScanner.scan(payload, 0, payload.length)).isEqualTo(record)
                    .isEqualTo(EventCodec.decode(payload, 0, payload.length, "p"));
        }
    }

    @Test
    void scanEvent_stringTensor_declines() {
        byte[] payload = EventCodec.encode(new TensorRecord("s", NdArray.ofStrings(new String[] {"x"}, 1), 1,
                Mode.GLOBAL, 1, 0));

        assertThat(EventScanner.scan(payload, 0, payload.length)).isNull();
    }

    @Test
    void scanEvent_mutatedPayloads_declineOrReadAsProtobuf() {
        byte[] payload = EventCodec.encode(new TensorRecord("train-rmse", NdArray.ofDoubles(new double[] {0.5, 2},
                2), 5, Mode.TRAIN, 2, 1.7e9));
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] mutated = mutate(random, payload);
            TensorRecord fast = EventScanner.scan(mutated, 0, mutated.length);
            if (fast != null) {
                assertThat(decodeOrNull(mutated, 0, mutated.length)).as(HexFormat.of().formatHex(mutated))
                        .isEqualTo(fast);
            }
        }
    }

    @Test
    void read_variousJson_buildsTheTreeDatabindBuilds() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String[] texts = {"{}", "{\"a\": [1, -2, 2147483648, 9223372036854775808, 1.5, 1e400, -0.0]}",
            "{\"s\": \"\\u00e9\\n\", \"t\": true, \"f\": false, \"n\": null, \"o\": {\"p\": [[], {}]}}"};
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(PythonStyleJson.read(bytes, "j")).isEqualTo(mapper.readTree(bytes));
        }
    }

    private static void assertSameAsJackson(byte[] bytes) {
        IndexFile fast = IndexJsonScanner.scan(bytes);
        if (fast != null) {
            assertThatCode(() -> IndexFile.parseTree(bytes, "i")).as(new String(bytes, StandardCharsets.UTF_8))
                    .doesNotThrowAnyException();
            assertThat(IndexFile.parseTree(bytes, "i")).isEqualTo(fast);
        }
    }

    private static TensorRecord decodeOrNull(byte[] bytes, int offset, int length) {
        try {
            return EventCodec.decode(bytes, offset, length, "f");
        } catch (dev.boostscope.core.FormatException e) {
            return null;
        }
    }

    private static List<Path> goldenFiles(String folder, String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> trials = Files.list(GoldenTrialsTest.GOLDEN)) {
            for (Path trial : (Iterable<Path>) trials.sorted()::iterator) {
                Path root = trial.resolve(folder);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static byte[] mutate(SplittableRandom random, byte[] original) {
        byte[] bytes = original.clone();
        for (int m = 1 + random.nextInt(3); m > 0 && bytes.length > 0; m--) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0: bytes[at] ^= (byte) (1 << random.nextInt(8)); break;
                case 1: bytes[at] = (byte) random.nextInt(256); break;
                case 2: bytes = Arrays.copyOf(bytes, at); break;
                default: bytes[at] = (byte) "{}[]\",:0 \\-".charAt(random.nextInt(11)); break;
            }
        }
        return bytes;
    }
}
