// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The trial reader's contracts (API and exceptions, smdebug's step-state scenarios in one mode and two, the requests
 * a trial makes, live reading with a writer racing several readers) on a real S3 server (S3Proxy on loopback), which
 * the reader polls with ListObjectsV2 StartAfter; and the golden smdebug trials uploaded there read exactly as from a
 * folder.
 */
final class S3TrialTest {
    // started once for the outer class: registered as an extension, it would start again for each nested class
    static final S3ServerExtension S3 = new S3ServerExtension();

    @BeforeAll
    static void startServer() throws Exception {
        S3.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        S3.stop();
    }

    static Storage newS3Storage() {
        return S3.newStorage(URI.create("s3://" + S3.createBucket() + "/runs/run-7/"));
    }

    @Nested
    final class Api extends TrialApiContract {
        @Override
        Storage createStorage(Path tempDir) {
            return newS3Storage();
        }
    }

    @Nested
    final class Scenarios extends StepScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return newS3Storage();
        }
    }

    @Nested
    final class Modes extends ModeScenarioContract {
        @Override
        Storage createStorage(Path tempDir) {
            return newS3Storage();
        }
    }

    @Nested
    final class Requests extends StorageRequestsContract {
        @Override
        Storage createStorage(Path tempDir) {
            return newS3Storage();
        }
    }

    @Nested
    final class Live extends LiveTrialContract {
        @Override
        Storage createStorage(Path tempDir) {
            return newS3Storage();
        }

        @Override
        int concurrentSteps() {
            return 40; // each step is six PUTs to an in-process server on a shared machine
        }
    }

    @Test
    void open_goldenTrialsUploaded_readAsFromTheFolder() throws Exception {
        Path golden = Path.of("../boostscope-core/src/test/resources/golden/trials");
        for (String name : List.of("regression", "binary-auc", "fashion-mnist-seed")) {
            try (Storage storage = newS3Storage()) {
                upload(golden.resolve(name), storage);
                try (Trial fromS3 = Trials.newBuilder(storage).open();
                        Trial local = Trials.open(golden.resolve(name).toString())) {
                    assertThat(fromS3.loadedAllSteps()).isTrue();
                    assertThat(fromS3.steps()).isEqualTo(local.steps());
                    assertThat(fromS3.workers()).isEqualTo(local.workers());
                    assertThat(fromS3.tensorNames()).isEqualTo(local.tensorNames());
                    assertThat(fromS3.collections()).isEqualTo(local.collections());
                    for (String tensor : local.tensorNames()) {
                        assertThat(fromS3.tensor(tensor).values()).as(tensor)
                                .isEqualTo(local.tensor(tensor).values());
                        assertThat(fromS3.tensor(tensor).steps(Mode.GLOBAL))
                                .isEqualTo(local.tensor(tensor).steps(Mode.GLOBAL));
                    }
                }
            }
        }
    }

    @Test
    void open_s3UriThroughStorages_opensTheS3Trial() throws Exception {
        String bucket = S3.createBucket();
        URI root = URI.create("s3://" + bucket + "/regression/");
        try (Storage storage = S3.newStorage(root)) {
            upload(Path.of("../boostscope-core/src/test/resources/golden/trials/regression"), storage);
        }
        try (S3ServerExtension.Restorer restorer = S3.exportSystemProperties();
                Trial trial = Trials.open("s3://" + bucket + "/regression")) {
            assertThat(trial.name()).isEqualTo("regression");
            assertThat(trial.steps()).containsExactly(0, 1, 5, 7);
            assertThat(trial.tensor("train-rmse").value(5).scalarValue()).isEqualTo(1.7799175549552657);
        }
    }

    static void upload(Path folder, Storage storage) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("MANIFEST.json"))
                    .forEach(file -> {
                        try {
                            String key = folder.relativize(file).toString().replace('\\', '/');
                            storage.put(key, Files.readAllBytes(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
