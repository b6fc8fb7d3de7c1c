// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code trial} commands given an {@code s3://} URI: the golden regression trial uploaded to a real S3 server
 * (S3Proxy on loopback), which the CLI finds through the SDK's system properties (endpoint, keys, region), prints
 * exactly what {@link TrialCommandTest} expects from the folder, with the S3 URI as the location.
 */
final class TrialCommandS3Test {
    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    private static final Path REGRESSION = Path.of("../boostscope-core/src/test/resources/golden/trials/regression");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/cli");

    @Test
    void inspect_s3Uri_printsWhatTheFolderPrints() throws Exception {
        String uri = uploadRegression();
        try (S3ServerExtension.Restorer restorer = S3.exportSystemProperties()) {
            CliRun text = CliRun.of("trial", "inspect", uri);
            CliRun json = CliRun.of("trial", "inspect", uri, "--json");
            assertThat(text.err()).isEmpty();
            assertThat(text.exitCode()).isZero();
            assertThat(text.out()).isEqualTo(golden("trial-inspect-regression", uri));
            assertThat(json.err()).isEmpty();
            assertThat(json.exitCode()).isZero();
            assertThat(json.out()).isEqualTo(golden("trial-inspect-regression-json", uri));
        }
    }

    @Test
    void value_s3Uri_printsTheValueReadFromS3() throws Exception {
        String uri = uploadRegression();
        try (S3ServerExtension.Restorer restorer = S3.exportSystemProperties()) {
            CliRun text = CliRun.of("trial", "value", uri, "train-rmse", "--step", "5");
            CliRun json = CliRun.of("trial", "value", uri, "predictions", "--step", "7", "--worker", "worker_0",
                    "--json");
            CliRun beyond = CliRun.of("trial", "value", uri, "train-rmse", "--step", "9");
            assertThat(text.err()).isEmpty();
            assertThat(text.exitCode()).isZero();
            assertThat(text.out()).isEqualTo(golden("trial-value-regression", uri));
            assertThat(json.exitCode()).isZero();
            assertThat(json.out()).isEqualTo(golden("trial-value-regression-json", uri));
            assertThat(beyond.exitCode()).isEqualTo(1);
            assertThat(beyond.out()).isEmpty();
            assertThat(beyond.err()).isEqualTo("boostscope: error: step 9 of 'train-rmse' is beyond the end of "
                    + uri + ": training has ended (last step: 7)\n");
        }
    }

    @Test
    void inspect_emptyS3Prefix_isUsageErrorNamingTheUri() {
        String uri = "s3://" + S3.createBucket() + "/nothing-here/";
        try (S3ServerExtension.Restorer restorer = S3.exportSystemProperties()) {
            CliRun run = CliRun.of("trial", "inspect", uri);
            assertThat(run.out()).isEmpty();
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("boostscope: error: URI " + uri + ": no trial there (no index files, "
                    + "collections files or end marker there): " + MissingTrial.FIX + "\n");
        }
    }

    /** Uploads the golden regression trial to a fresh bucket; returns its URI, ending in a slash. */
    private static String uploadRegression() throws IOException {
        URI root = URI.create("s3://" + S3.createBucket() + "/runs/regression/");
        try (Storage storage = S3.newStorage(root); Stream<Path> files = Files.walk(REGRESSION)) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("MANIFEST.json"))
                    .forEach(file -> put(storage, file));
        }
        return root.toString();
    }

    private static void put(Storage storage, Path file) {
        try {
            storage.put(REGRESSION.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a golden output of {@link TrialCommandTest} with the trial's location replaced by a URI. */
    private static String golden(String name, String uri) throws IOException {
        return Files.readString(GOLDEN.resolve(name + ".v1.txt"), StandardCharsets.UTF_8).replace("<trial>/", uri);
    }
}
