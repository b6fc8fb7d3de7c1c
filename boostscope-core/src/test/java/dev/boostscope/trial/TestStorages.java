// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;

/** The storages the reader's tests run on: a watched local folder and a polled in-memory store (as S3 is polled). */
enum TestStorages {
    LOCAL {
        @Override
        Storage create(Path dir) {
            return LocalStorage.open(dir.resolve("trial"));
        }
    },
    POLLED {
        @Override
        Storage create(Path dir) {
            return new MemoryStorage("mem://bucket/trial/");
        }
    };

    abstract Storage create(Path dir);
}
