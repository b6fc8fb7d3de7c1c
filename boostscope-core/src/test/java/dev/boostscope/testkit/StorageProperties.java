// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Property tests every {@link Storage} runs (jqwik): random keys and bytes round trip, ranges read what was written,
 * and listing returns exactly the keys written, in UTF-8 byte order. A subclass returns one storage for the whole class
 * from {@link #storage()} (opened in a jqwik {@code @BeforeContainer}); each try writes under its own fresh prefix.
 *
 * <p>Not thread-safe.
 */
public abstract class StorageProperties {
    // letters, digits, punctuation S3 and file systems allow, and some non-ASCII (2, 3 and 4 UTF-8 bytes)
    private static final char[] SEGMENT_CHARS = ("abcXYZ019-_.~+=,@ \u00e9\u00df\u4e2d\uFFFD").toCharArray();

    /**
     * Returns the storage under test, shared by all tries.
     *
     * @return the storage
     */
    protected abstract Storage storage();

    @Property(tries = 25)
    void get_afterPut_returnsBytesAndListsKey(@ForAll("keys") String key, @ForAll @Size(max = 4096) byte[] bytes) {
        String prefix = freshPrefix();
        storage().put(prefix + key, bytes);

        assertThat(storage().get(prefix + key)).isEqualTo(bytes);
        assertThat(storage().exists(prefix + key)).isTrue();
        assertThat(storage().list(prefix, null)).containsExactly(prefix + key);
    }

    @Property(tries = 25)
    void getRange_anyRange_returnsThatSliceOrTheRest(@ForAll @Size(max = 2048) byte[] bytes,
            @ForAll @IntRange(max = 2100) int offset, @ForAll @IntRange(max = 2100) int length) {
        String key = freshPrefix() + "events/x.tfevents";
        storage().put(key, bytes);

        int from = Math.min(offset, bytes.length);
        byte[] expected = Arrays.copyOfRange(bytes, from, Math.min(from + length, bytes.length));
        assertThat(storage().get(key, offset, length)).isEqualTo(expected);
    }

    @Property(tries = 10)
    void list_randomKeySet_returnsAllSortedAndHonoursStartAfter(@ForAll("keySets") Set<String> keys,
            @ForAll("keys") String startAfter) {
        String prefix = freshPrefix();
        keys.forEach(key -> storage().put(prefix + key, new byte[] {1}));

        List<String> sorted = keys.stream().map(key -> prefix + key).sorted(StorageKeys::compare).toList();
        assertThat(storage().list(prefix, null)).containsExactlyElementsOf(sorted);
        assertThat(storage().list(prefix, prefix + startAfter)).containsExactlyElementsOf(
                sorted.stream().filter(key -> StorageKeys.compare(key, prefix + startAfter) > 0).toList());
    }

    @Provide
    Arbitrary<String> keys() {
        return segments().list().ofMinSize(1).ofMaxSize(3).map(segments -> String.join("/", segments));
    }

    @Provide
    Arbitrary<Set<String>> keySets() {
        // two segments each, so no key is also the folder of another (impossible on a file system)
        return Combinators.combine(segments(), segments()).as((a, b) -> a + "/" + b).set().ofMaxSize(12);
    }

    private static Arbitrary<String> segments() {
        Arbitrary<String> plain = Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> withEmoji = Arbitraries.strings().withChars(SEGMENT_CHARS).ofMaxLength(4)
                .map(s -> s + "\uD83D\uDE00");
        return Arbitraries.oneOf(plain, withEmoji).filter(s -> !s.equals(".") && !s.equals(".."));
    }

    private static String freshPrefix() {
        return "p-" + UUID.randomUUID() + "/";
    }
}
