// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import dev.boostscope.core.format.proto.EventProtos.TensorShapeProto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Feeds random and mutated bytes to the record reader, the event decoder and the index and collections parsers: only
 * {@link FormatException} may come out (no NPE, no IndexOutOfBounds, no OOM on a huge length or shape). Seeded, so a
 * failure names the seed and iteration that reproduce it.
 */
final class FormatFuzzTest {
    private static final int ITERATIONS = 3_000;
    private static final Path TRIAL = GoldenTrialsTest.GOLDEN.resolve("all-collections-multiclass");
    private static final String[] JSON_VALUES = {"null", "-1", "0", "1e400", "18446744073709551616", "\"x\"", "[]",
        "{}", "true", "[[[[[[[[[[1]]]]]]]]]]", "\"\\ud800\"", "\"../../etc/passwd\"", "4294967297", "1.5"};

    @Test
    void decodeAll_randomBytes_throwsOnlyFormatException() {
        fuzz(1, random -> randomBytes(random, 64), bytes -> EventFiles.decodeAll(bytes, "f"));
    }

    @Test
    void decodeAll_mutatedGoldenEventFile_throwsOnlyFormatException() throws IOException {
        byte[] file = Files.readAllBytes(TRIAL.resolve("events/000000000002/000000000002_worker_0.tfevents"));
        byte[] head = Arrays.copyOf(file, 4096);
        fuzz(2, random -> mutate(random, head), bytes -> EventFiles.decodeAll(bytes, "f"));
    }

    @Test
    void decodeRecord_mutatedPayloadWithValidFraming_throwsOnlyFormatException() throws IOException {
        byte[] file = Files.readAllBytes(TRIAL.resolve("events/000000000000/000000000000_worker_0.tfevents"));
        TfRecords.RecordSpan first = TfRecords.read(file, 0, "f", 0);
        byte[] payload = Arrays.copyOfRange(file, first.offset(), first.offset() + first.length());
        fuzz(3, random -> TfRecords.frame(mutate(random, payload), TfRecords.Footer.SMDEBUG_MAGIC),
                bytes -> EventFiles.decodeRecord(bytes, "f", 0));
    }

    @Test
    void decodeRecord_randomTensorProtos_throwsOnlyFormatException() {
        fuzz(4, FormatFuzzTest::randomTensorEvent, bytes -> EventFiles.decodeRecord(bytes, "f", 0));
    }

    @Test
    void decode_randomPayload_throwsOnlyFormatException() {
        fuzz(5, random -> randomBytes(random, 200), bytes -> EventCodec.decode(bytes, 0, bytes.length, "f"));
    }

    @Test
    void parseIndex_mutatedGoldenIndex_throwsOnlyFormatException() throws IOException {
        IndexFile golden = IndexFile.parse(Files.readAllBytes(TRIAL.resolve(
                "index/000000000/000000000002_worker_0.json")), "i");
        byte[] small = new IndexFile(golden.mode(), golden.modeStep(), golden.eventFileName(),
                golden.tensors().subList(0, 4), 1).toJson();
        fuzz(6, random -> mutateJson(random, small), bytes -> IndexFile.parse(bytes, "i"));
    }

    @Test
    void parseCollections_mutatedGoldenCollections_throwsOnlyFormatException() throws IOException {
        byte[] file = Files.readAllBytes(GoldenTrialsTest.GOLDEN.resolve(
                "regression/collections/000000000/worker_0_collections.json"));
        fuzz(7, random -> mutateJson(random, file), bytes -> CollectionsFile.parse(bytes, "c"));
    }

    @Test
    void parseJson_randomBytes_throwsOnlyFormatException() {
        fuzz(8, random -> randomBytes(random, 40), bytes -> {
            try {
                IndexFile.parse(bytes, "i");
            } finally {
                CollectionsFile.parse(bytes, "c");
            }
        });
    }

    private interface Generator {
        byte[] next(SplittableRandom random);
    }

    private static void fuzz(long seed, Generator generator, Consumer<byte[]> target) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = generator.next(random);
            try {
                target.accept(input);
            } catch (FormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | Error e) {
                throw new AssertionError(String.format("seed %d, iteration %d, input %s: %s", seed, i,
                        HexFormat.of().formatHex(input, 0, Math.min(input.length, 512)), e), e);
            }
        }
    }

    private static byte[] randomBytes(SplittableRandom random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(SplittableRandom random, byte[] original) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0: bytes[at] ^= (byte) (1 << random.nextInt(8)); break;
                case 1: bytes[at] = (byte) random.nextInt(256); break;
                case 2: bytes = Arrays.copyOf(bytes, at); break;
                case 3: bytes = splice(bytes, at, randomBytes(random, 8)); break;
                default: bytes = splice(Arrays.copyOf(bytes, at), at,
                        Arrays.copyOfRange(bytes, Math.min(bytes.length, at + 1 + random.nextInt(8)), bytes.length));
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    /** Half the time a byte-level mutation, half the time a value swapped for another JSON value. */
    private static byte[] mutateJson(SplittableRandom random, byte[] original) {
        if (random.nextBoolean()) {
            return mutate(random, original);
        }
        String text = new String(original, StandardCharsets.US_ASCII);
        int colon = text.indexOf(": ", random.nextInt(text.length()));
        if (colon < 0) {
            return original;
        }
        int end = colon + 2;
        int depth = 0;
        while (end < text.length() && (depth > 0 || ",}]".indexOf(text.charAt(end)) < 0)) {
            char c = text.charAt(end++);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
        }
        String value = JSON_VALUES[random.nextInt(JSON_VALUES.length)];
        return (text.substring(0, colon + 2) + value + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomTensorEvent(SplittableRandom random) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        long[] sizes = {0, 1, 2, 3, -1, 1L << 31, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int d = random.nextInt(4); d > 0; d--) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(sizes[random.nextInt(sizes.length)]));
        }
        TensorProto.Builder tensor = TensorProto.newBuilder().setTensorShape(shape)
                .setDtype(random.nextInt(25) - 1)
                .setTensorContent(ByteString.copyFrom(randomBytes(random, 24)));
        for (int v = random.nextInt(4); v > 0; v--) {
            tensor.addFloatVal(1f).addDoubleVal(2d).addIntVal(3).addInt64Val(4).addBoolVal(true).addHalfVal(5)
                    .addUint32Val(6).addUint64Val(7).addStringVal(ByteString.copyFrom(randomBytes(random, 4)));
        }
        if (random.nextBoolean()) {
            tensor.clearTensorContent();
        }
        Summary.Value value = Summary.Value.newBuilder().setTag("t").setTensor(tensor).build();
        Event event = Event.newBuilder().setStep(random.nextLong()).setSummary(Summary.newBuilder().addValue(value))
                .build();
        return TfRecords.frame(event.toByteArray(), TfRecords.Footer.SMDEBUG_MAGIC);
    }
}
