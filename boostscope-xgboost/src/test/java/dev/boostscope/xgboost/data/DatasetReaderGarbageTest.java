// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random bytes and mangled lines may be rejected, but only ever with {@link InputFormatException}. */
final class DatasetReaderGarbageTest {
    private static final String VALID = "1 qid:3 1:0.5 7:2e-3 # c\n0 2:1\n\n2 3:-4 9:1e5\n";
    private static final byte[] INTERESTING = " \t\r\n:#,.-+eEnaifqid0123456789\u0000\u00ff".getBytes(
            StandardCharsets.ISO_8859_1);

    @Property(tries = 500)
    void read_randomBytes_throwsOnlyInputFormatException(@ForAll @Size(max = 400) byte[] bytes) {
        assertOnlyOurError(bytes);
    }

    @Property(tries = 500)
    void read_randomTokens_throwsOnlyInputFormatException(@ForAll("tokenSoup") byte[] bytes) {
        assertOnlyOurError(bytes);
    }

    @Property(tries = 500)
    void read_mangledLines_throwsOnlyInputFormatException(@ForAll @IntRange(max = 10_000) int position,
            @ForAll("interesting") byte replacement, @ForAll("mutations") String mutation) {
        byte[] bytes = mutate(VALID.getBytes(StandardCharsets.ISO_8859_1), position, replacement, mutation);
        assertOnlyOurError(bytes);
    }

    @Property(tries = 300)
    void read_mangledGzip_throwsOnlyInputFormatException(@ForAll @IntRange(max = 10_000) int position,
            @ForAll byte replacement, @ForAll("mutations") String mutation) {
        byte[] bytes = mutate(LibsvmReaderTest.gzip(VALID.repeat(20)), position, replacement, mutation);
        assertOnlyOurError(bytes);
    }

    @Property(tries = 300)
    void read_gzipMagicThenGarbage_throwsOnlyInputFormatException(@ForAll @Size(max = 200) byte[] tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0x1f);
        bytes.write(0x8b);
        bytes.writeBytes(tail);
        assertOnlyOurError(bytes.toByteArray());
    }

    @Provide
    Arbitrary<Byte> interesting() {
        Byte[] choices = new Byte[INTERESTING.length];
        Arrays.setAll(choices, i -> INTERESTING[i]);
        return Arbitraries.of(choices);
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.of("insert", "replace", "delete", "truncate", "duplicate");
    }

    @Provide
    Arbitrary<byte[]> tokenSoup() {
        return Arbitraries.of(List.of("1", "0", "-2.5", "nan", "inf", "1e99", "qid:1", "3:", ":4", "5:6", "5:6",
                "99999999999:1", "0:0", "#", " ", "\t", "\n", "\r\n", ",", ",,", ".", "e", "x"))
                .list().ofMaxSize(60).map(parts -> String.join("", parts).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] mutate(byte[] valid, int position, byte replacement, String mutation) {
        int at = position % valid.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (mutation) {
            case "insert" -> {
                out.write(valid, 0, at);
                out.write(replacement);
                out.write(valid, at, valid.length - at);
            }
            case "replace" -> {
                byte[] copy = valid.clone();
                copy[at] = replacement;
                out.writeBytes(copy);
            }
            case "delete" -> {
                out.write(valid, 0, at);
                out.write(valid, at + 1, valid.length - at - 1);
            }
            case "truncate" -> out.write(valid, 0, at);
            default -> {
                out.write(valid, 0, at);
                out.write(valid, at / 2, valid.length - at / 2);
            }
        }
        return out.toByteArray();
    }

    private static void assertOnlyOurError(byte[] bytes) {
        for (ReadOptions options : List.of(ReadOptions.libsvm(), ReadOptions.csv(),
                ReadOptions.libsvm().withIndexBase(IndexBase.ONE).withColumns(8),
                ReadOptions.libsvm().withIndexBase(IndexBase.AUTO).withColumns(8), ReadOptions.csv().withColumns(2))) {
            Throwable thrown = catchThrowable(() -> LibsvmReaderTest.read(bytes, options));
            if (thrown != null && thrown.getClass() != InputFormatException.class) {
                throw new AssertionError(options + " on " + Arrays.toString(bytes) + " threw " + thrown, thrown);
            }
        }
    }
}
