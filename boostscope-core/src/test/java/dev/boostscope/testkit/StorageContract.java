// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link Storage} must show, as JUnit 5 tests. An implementation's test extends this class and
 * returns a fresh, empty storage from {@link #newStorage()}; the contract closes it after each test. See
 * {@code docs/storage.md} for the contract in words.
 *
 * <p>Not thread-safe (one instance per test, as JUnit makes them).
 */
public abstract class StorageContract {
    static final String EVENTS = "events/000000000003/000000000003_worker_0.tfevents";
    static final String INDEX = "index/000000000/000000000003_worker_0.json";

    private Storage storage;

    /**
     * Returns a new storage holding no objects; called before each test.
     *
     * @return the storage; the contract closes it
     */
    protected abstract Storage newStorage();

    /**
     * Returns the storage of the running test, for implementation-specific tests in subclasses.
     *
     * @return the storage
     */
    protected final Storage storage() {
        return storage;
    }

    @BeforeEach
    final void openStorage() {
        storage = newStorage();
    }

    @AfterEach
    final void closeStorage() {
        storage.close();
    }

    @Test
    void get_afterPut_returnsSameBytes() {
        storage.put(EVENTS, utf8("hello"));

        assertThat(storage.get(EVENTS)).isEqualTo(utf8("hello"));
    }

    @Test
    void get_emptyObject_returnsNoBytes() {
        storage.put("training_job_end.ts", new byte[0]);

        assertThat(storage.get("training_job_end.ts")).isEmpty();
        assertThat(storage.exists("training_job_end.ts")).isTrue();
    }

    @Test
    void put_existingKey_replacesWholeContent() {
        storage.put(INDEX, utf8("a much longer first version"));
        storage.put(INDEX, utf8("short"));

        assertThat(storage.get(INDEX)).isEqualTo(utf8("short"));
        assertThat(storage.list("", null)).containsExactly(INDEX);
    }

    @Test
    void put_callerChangesArrayAfterwards_storedCopyUnchanged() {
        byte[] bytes = utf8("abc");
        storage.put(INDEX, bytes);
        bytes[0] = 'x';

        assertThat(storage.get(INDEX)).isEqualTo(utf8("abc"));
    }

    @Test
    void put_everyByteValue_roundTrips() {
        byte[] bytes = new byte[256 * 4];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        storage.put(EVENTS, bytes);

        assertThat(storage.get(EVENTS)).isEqualTo(bytes);
    }

    @Test
    void put_largeRandomObject_roundTrips() {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(bytes);
        storage.put(EVENTS, bytes);

        assertThat(storage.get(EVENTS)).isEqualTo(bytes);
        assertThat(storage.get(EVENTS, 2_000_000, 1000)).isEqualTo(slice(bytes, 2_000_000, 1000));
    }

    @Test
    void get_missingKey_throwsNoSuchKeyNamingKey() {
        assertThatThrownBy(() -> storage.get(INDEX))
                .isInstanceOf(NoSuchKeyException.class)
                .satisfies(e -> assertThat(((NoSuchKeyException) e).uri()).isEqualTo(storage.uriOf(INDEX)))
                .hasMessageContaining("get");
    }

    @Test
    void get_keyThatIsOnlyAFolderOfOthers_throwsNoSuchKey() {
        storage.put(INDEX, utf8("x"));

        assertThatThrownBy(() -> storage.get("index/000000000")).isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> storage.get("index/000000000", 0, 1)).isInstanceOf(NoSuchKeyException.class);
        assertThat(storage.exists("index/000000000")).isFalse();
    }

    @Test
    void getRange_withinObject_returnsExactlyThoseBytes() {
        storage.put(EVENTS, utf8("0123456789"));

        assertThat(storage.get(EVENTS, 0, 3)).isEqualTo(utf8("012"));
        assertThat(storage.get(EVENTS, 4, 2)).isEqualTo(utf8("45"));
        assertThat(storage.get(EVENTS, 9, 1)).isEqualTo(utf8("9"));
    }

    @Test
    void getRange_endPastObjectEnd_returnsTheRest() {
        storage.put(EVENTS, utf8("0123456789"));

        assertThat(storage.get(EVENTS, 7, 100)).isEqualTo(utf8("789"));
        assertThat(storage.get(EVENTS, 0, Integer.MAX_VALUE)).isEqualTo(utf8("0123456789"));
    }

    @Test
    void getRange_offsetAtOrPastEnd_returnsNoBytes() {
        storage.put(EVENTS, utf8("0123456789"));

        assertThat(storage.get(EVENTS, 10, 5)).isEmpty();
        assertThat(storage.get(EVENTS, 1000, 5)).isEmpty();
    }

    @Test
    void getRange_emptyObject_returnsNoBytes() {
        storage.put(EVENTS, new byte[0]);

        assertThat(storage.get(EVENTS, 0, 10)).isEmpty();
    }

    @Test
    void getRange_zeroLength_returnsNoBytes() {
        storage.put(EVENTS, utf8("0123456789"));

        assertThat(storage.get(EVENTS, 3, 0)).isEmpty();
    }

    @Test
    void getRange_missingKey_throwsNoSuchKey() {
        assertThatThrownBy(() -> storage.get(EVENTS, 0, 10)).isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> storage.get(EVENTS, 0, 0)).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void getRange_negativeOffsetOrLength_throwsIllegalArgument() {
        storage.put(EVENTS, utf8("0123456789"));

        assertThatThrownBy(() -> storage.get(EVENTS, -1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> storage.get(EVENTS, 0, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }

    @Test
    void list_emptyStorage_returnsEmptyList() {
        assertThat(storage.list("", null)).isEmpty();
        assertThat(storage.list("index/", null)).isEmpty();
    }

    @Test
    void list_nestedKeys_returnsAllRecursivelyInByteOrder() {
        List<String> keys = List.of("index/000000000/000000000010_worker_0.json",
                "collections/000000000/worker_0_collections.json", "training_job_end.ts",
                "index/000000000/000000000002_worker_0.json", "events/000000000002/000000000002_worker_0.tfevents");
        keys.forEach(key -> storage.put(key, utf8(key)));

        assertThat(storage.list("", null)).containsExactly(
                "collections/000000000/worker_0_collections.json",
                "events/000000000002/000000000002_worker_0.tfevents",
                "index/000000000/000000000002_worker_0.json",
                "index/000000000/000000000010_worker_0.json",
                "training_job_end.ts");
    }

    @Test
    void list_punctuationAndNonAscii_sortsByUtf8Bytes() {
        // '-' 0x2D < '.' 0x2E < '/' 0x2F < '0' 0x30; U+FFFD (EF BF BD) < U+1F600 (F0 9F 98 80) although not in UTF-16
        List<String> keys = List.of("a0", "a/b", "a.b", "a-b", "z\uD83D\uDE00", "z\uFFFD", "z\u00e9", "zz");
        keys.forEach(key -> storage.put(key, utf8(key)));

        assertThat(storage.list("", null))
                .containsExactly("a-b", "a.b", "a/b", "a0", "zz", "z\u00e9", "z\uFFFD", "z\uD83D\uDE00");
        assertThat(storage.list("", "z\uFFFD")).containsExactly("z\uD83D\uDE00");
    }

    @Test
    void list_prefix_returnsOnlyKeysStartingWithIt() {
        List.of("index/a.json", "indexes/b.json", "index2", "events/c", "index/sub/d.json")
                .forEach(key -> storage.put(key, utf8(key)));

        assertThat(storage.list("index/", null)).containsExactly("index/a.json", "index/sub/d.json");
        assertThat(storage.list("index", null))
                .containsExactly("index/a.json", "index/sub/d.json", "index2", "indexes/b.json");
        assertThat(storage.list("index/s", null)).containsExactly("index/sub/d.json");
        assertThat(storage.list("nothing/", null)).isEmpty();
    }

    @Test
    void list_startAfter_returnsOnlyLaterKeys() {
        IntStream.range(0, 6).mapToObj(i -> String.format("index/%012d_worker_0.json", i))
                .forEach(key -> storage.put(key, utf8(key)));

        assertThat(storage.list("index/", "index/000000000003_worker_0.json")).containsExactly(
                "index/000000000004_worker_0.json", "index/000000000005_worker_0.json");
        assertThat(storage.list("index/", "index/000000000005_worker_0.json")).isEmpty();
    }

    @Test
    void list_startAfterNotAKey_returnsKeysSortingAfterIt() {
        List.of("a/1", "a/2", "a/3", "b/1").forEach(key -> storage.put(key, utf8(key)));

        assertThat(storage.list("a/", "a/1z")).containsExactly("a/2", "a/3");
        assertThat(storage.list("a/", "a")).containsExactly("a/1", "a/2", "a/3");
        assertThat(storage.list("a/", "")).containsExactly("a/1", "a/2", "a/3");
        assertThat(storage.list("", "a/3")).containsExactly("b/1");
    }

    @Test
    void list_result_isUnmodifiable() {
        storage.put(INDEX, utf8("x"));

        List<String> keys = storage.list("", null);

        assertThatThrownBy(() -> keys.add("other")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exists_reportsPresenceOfExactKey() {
        storage.put(INDEX, utf8("x"));

        assertThat(storage.exists(INDEX)).isTrue();
        assertThat(storage.exists(INDEX + ".bak")).isFalse();
        assertThat(storage.exists("training_job_end.ts")).isFalse();
    }

    @Test
    void delete_existingKey_removesIt() {
        storage.put(INDEX, utf8("x"));
        storage.put(EVENTS, utf8("y"));

        storage.delete(INDEX);

        assertThat(storage.exists(INDEX)).isFalse();
        assertThatThrownBy(() -> storage.get(INDEX)).isInstanceOf(NoSuchKeyException.class);
        assertThat(storage.list("", null)).containsExactly(EVENTS);
    }

    @Test
    void delete_missingKey_doesNothing() {
        storage.delete(INDEX);
        storage.put(INDEX, utf8("x"));
        storage.delete("index/000000000");

        assertThat(storage.list("", null)).containsExactly(INDEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a//b", "a/./b", "../escape", "a/..", "a/", "back\\slash", "nul\0"})
    void keyedOperations_invalidKey_throwIllegalArgumentNamingKey(String key) {
        assertThatThrownBy(() -> storage.put(key, utf8("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + key + "'");
        assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get(key, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/abs", "../", "a/../", "a//", "./x"})
    void list_invalidPrefix_throwsIllegalArgumentNamingPrefix(String prefix) {
        assertThatThrownBy(() -> storage.list(prefix, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + prefix + "'");
    }

    @Test
    void put_concurrentDifferentKeys_allStoredIntact() throws Exception {
        List<String> keys = IntStream.range(0, 32).mapToObj(i -> String.format("events/%03d/%03d.bin", i / 8, i))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (String key : keys) {
                puts.add(pool.submit(() -> storage.put(key, utf8(key.repeat(100)))));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(storage.list("events/", null)).containsExactlyElementsOf(keys);
        keys.forEach(key -> assertThat(storage.get(key)).isEqualTo(utf8(key.repeat(100))));
    }

    @Test
    void uriOf_key_isUnderRootAndEndsWithKey() {
        assertThat(storage.uri().toString()).endsWith("/");
        assertThat(storage.uriOf(INDEX).toString()).startsWith(storage.uri().toString()).endsWith(INDEX);
    }

    /**
     * Returns the UTF-8 bytes of a text.
     *
     * @param text the text
     * @return its bytes
     */
    protected static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        byte[] result = new byte[length];
        System.arraycopy(bytes, offset, result, 0, length);
        return result;
    }
}
