// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.datasets.FileServer;
import dev.boostscope.app.datasets.TestFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataMnistCommandTest {
    private static final String TRAIN = "5 153:0.0117647 154:0.0705882\n0 200:1\n4 1:0.5\n";
    private static final String TEST = "7 300:0.25\n";

    @TempDir
    Path folder;

    private final FileServer server = new FileServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String base() {
        return server.uri("").toString();
    }

    @Test
    void dataMnist_fromServer_downloadsVerifiesAndDecompressesBoth() throws IOException {
        server.serve("mnist.scale.bz2", TestFiles.bzip2(TRAIN)).serve("mnist.scale.t.bz2", TestFiles.bzip2(TEST));

        CliRun run = CliRun.of("data", "mnist", "--dir", folder.toString(), "--url-base", base());

        assertThat(run.exitCode()).isZero();
        assertThat(folder.resolve("mnist.scale")).hasContent(TRAIN);
        assertThat(folder.resolve("mnist.scale.t")).hasContent(TEST);
        assertThat(folder.resolve("mnist.scale.bz2.sha256")).exists();
        assertThat(run.out()).isEqualTo(String.format(Locale.ROOT, "fetching %1$smnist.scale.bz2%n"
                + "%2$s/mnist.scale.bz2: %3$,d bytes, sha256 as in mnist.scale.bz2.sha256%n"
                + "%2$s/mnist.scale: 3 rows%n"
                + "fetching %1$smnist.scale.t.bz2%n"
                + "%2$s/mnist.scale.t.bz2: %4$,d bytes, sha256 as in mnist.scale.t.bz2.sha256%n"
                + "%2$s/mnist.scale.t: 1 rows%n", base(), folder, Files.size(folder.resolve("mnist.scale.bz2")),
                Files.size(folder.resolve("mnist.scale.t.bz2"))).replace(System.lineSeparator(), "\n"));
        assertThat(run.err()).contains("mnist.scale.bz2 [##############################] 100%");
    }

    @Test
    void dataMnist_secondRun_downloadsNothing() {
        server.serve("mnist.scale.bz2", bzip2Quietly(TRAIN)).serve("mnist.scale.t.bz2", bzip2Quietly(TEST));
        CliRun.of("data", "mnist", "--dir", folder.toString(), "--url-base", base());

        CliRun again = CliRun.of("data", "mnist", "--dir", folder.toString(), "--url-base", base());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains(folder.resolve("mnist.scale") + ": already decompressed");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void dataMnist_offline_failsNamingTheUrlAndTheManualFetch() {
        URI uri = server.uri("mnist.scale.bz2");
        String base = base();
        server.close();

        CliRun run = CliRun.of("data", "mnist", "--dir", folder.toString(), "--url-base", base);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("boostscope: error: download of " + uri
                        + " failed: cannot reach the server, are you offline? (java.net.ConnectException")
                .endsWith("); fetch it by hand, e.g. curl -fL -o " + folder.resolve("mnist.scale.bz2") + " " + uri
                        + ", and run the command again\n");
    }

    @Test
    void dataMnist_urlBaseNotHttp_isAUsageError() {
        CliRun run = CliRun.of("data", "mnist", "--dir", folder.toString(), "--url-base", "ftp://example.org/");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --url-base must be an http or https URL:"
                + " 'ftp://example.org/'\n");
    }

    @Test
    void data_withoutDataSet_isAUsageError() {
        CliRun run = CliRun.of("data");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("boostscope: error: a data set is required: mnist or fashion-mnist\n"
                + "Usage: boostscope data");
    }

    private static byte[] bzip2Quietly(String text) {
        try {
            return TestFiles.bzip2(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
