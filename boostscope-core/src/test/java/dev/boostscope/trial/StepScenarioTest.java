// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/** smdebug's step-state scenarios, one mode and two, on a watched local folder and on a polled in-memory store. */
final class StepScenarioTest {
    @Nested
    final class Local extends StepScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return LocalStorage.open(tempDir.resolve("trial"));
        }
    }

    @Nested
    final class Polled extends StepScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return InMemoryStorage.create(URI.create("memory://bucket/trial/"));
        }
    }

    @Nested
    final class LocalModes extends ModeScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return LocalStorage.open(tempDir.resolve("trial"));
        }
    }

    @Nested
    final class PolledModes extends ModeScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return InMemoryStorage.create(URI.create("memory://bucket/trial/"));
        }
    }
}
