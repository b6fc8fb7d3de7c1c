// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storage;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

final class InMemoryStorageTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }

    @Test
    void failNextOperations_two_failsTwoOperationsThenWorks() {
        InMemoryStorage memory = (InMemoryStorage) storage();
        memory.failNextOperations(2);

        assertThatThrownBy(() -> memory.put(INDEX, utf8("x")))
                .isInstanceOf(StorageException.class).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("put of " + memory.uriOf(INDEX));
        assertThatThrownBy(() -> memory.list("", null)).isInstanceOf(StorageException.class);
        memory.put(INDEX, utf8("x"));
        assertThat(memory.get(INDEX)).isEqualTo(utf8("x"));
    }

    @Test
    void create_givenRoot_reportsIt() {
        try (InMemoryStorage memory = InMemoryStorage.create(URI.create("s3://bucket/run-7/"))) {
            assertThat(memory.uri()).isEqualTo(URI.create("s3://bucket/run-7/"));
            assertThat(memory.uriOf("index/a b.json")).isEqualTo(URI.create("s3://bucket/run-7/index/a%20b.json"));
        }
    }

    @Test
    void create_rootWithoutTrailingSlash_throwsIllegalArgument() {
        assertThatThrownBy(() -> InMemoryStorage.create(URI.create("s3://bucket/run-7")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s3://bucket/run-7'");
    }

    @Test
    void get_afterClose_throwsIllegalState() {
        storage().close();

        assertThatThrownBy(() -> storage().get(INDEX)).isInstanceOf(IllegalStateException.class);
    }
}
