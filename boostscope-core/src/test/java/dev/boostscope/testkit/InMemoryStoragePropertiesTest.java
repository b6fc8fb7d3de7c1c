// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.core.storage.Storage;

final class InMemoryStoragePropertiesTest extends StorageProperties {
    private final InMemoryStorage storage = InMemoryStorage.create();

    @Override
    protected Storage storage() {
        return storage;
    }
}
