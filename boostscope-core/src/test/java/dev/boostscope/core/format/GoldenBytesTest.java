// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-encodes what smdebug wrote in the golden trials and asserts our bytes are identical to smdebug's: event records
 * (field order, dim names, step omitted at 0, strings without dtype, plugin data order, footer constant), whole event
 * files, index JSON (plus our {@code format_version} key) and collections JSON (plus {@code _meta.format_version}).
 */
final class GoldenBytesTest {
    private static final Path GOLDEN = GoldenTrialsTest.GOLDEN;

    static Stream<String> eventFiles() throws IOException {
        return keysUnder("events/");
    }

    static Stream<String> indexFiles() throws IOException {
        return keysUnder("index/");
    }

    static Stream<String> collectionsFiles() throws IOException {
        return keysUnder("collections/");
    }

    @ParameterizedTest
    @MethodSource("eventFiles")
    void encode_everyGoldenRecord_reproducesSmdebugBytes(String file) throws IOException {
        byte[] original = Files.readAllBytes(GOLDEN.resolve(file));
        int offset = 0;
        int records = 0;
        while (offset < original.length) {
            TfRecords.RecordSpan span = TfRecords.read(original, offset, file, 0);
            TensorRecord decoded = EventCodec.decode(original, span.offset(), span.length(), file);
            byte[] framed = TfRecords.frame(EventCodec.encode(decoded), TfRecords.Footer.SMDEBUG_MAGIC);
            byte[] expected = Arrays.copyOfRange(original, offset, span.end());
            assertThat(HexFormat.of().formatHex(framed)).as("%s record '%s' at byte %d", file, decoded.name(), offset)
                    .isEqualTo(HexFormat.of().formatHex(expected));
            offset = span.end();
            records++;
        }
        assertThat(records).isPositive();
    }

    @ParameterizedTest
    @MethodSource("indexFiles")
    void encode_goldenStep_reproducesEventFileAndIndex(String indexFile) throws IOException {
        String trial = indexFile.substring(0, indexFile.indexOf('/'));
        byte[] indexBytes = Files.readAllBytes(GOLDEN.resolve(indexFile));
        IndexFile index = IndexFile.parse(indexBytes, indexFile);
        Path eventPath = GOLDEN.resolve(trial).resolve(index.eventFileName());
        List<TensorRecord> tensors = EventFiles.decodeAll(Files.readAllBytes(eventPath), eventPath.toString());

        EventFiles.EncodedStep encoded = EventFiles.encode(tensors, index.eventFileName());

        assertThat(encoded.eventBytes()).isEqualTo(Files.readAllBytes(eventPath));
        String smdebug = new String(indexBytes, StandardCharsets.US_ASCII);
        assertThat(smdebug).endsWith("\"shape_payload\": []}");
        assertThat(new String(encoded.index().toJson(), StandardCharsets.US_ASCII))
                .isEqualTo(smdebug.replaceFirst("\\}$", ", \"format_version\": 1}"));
    }

    @ParameterizedTest
    @MethodSource("collectionsFiles")
    void toJson_parsedGoldenCollections_reproducesSmdebugFilePlusVersion(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(GOLDEN.resolve(file));
        String smdebug = new String(bytes, StandardCharsets.US_ASCII);

        CollectionsFile parsed = CollectionsFile.parse(bytes, file);

        assertThat(smdebug).endsWith("\"_meta\": {\"num_workers\": 1}}");
        assertThat(new String(parsed.toJson(), StandardCharsets.US_ASCII))
                .isEqualTo(smdebug.replaceFirst("\\}\\}$", ", \"format_version\": 1}}"));
        assertThat(CollectionsFile.parse(parsed.toJson(), file)).isEqualTo(parsed);
    }

    private static Stream<String> keysUnder(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> k.contains("/" + folder))
                    .sorted().toList().stream();
        }
    }
}
