// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DownloaderTest {
    private static final byte[] DATA = randomBytes(100_000);
    private static final String SHA = sha256(DATA);

    @TempDir
    Path folder;

    private final FileServer server = new FileServer().serve("data.bin", DATA);
    private final StringWriter progress = new StringWriter();
    private final Downloader downloader = new Downloader(
            new ProgressBar(new PrintWriter(progress), InstantSource.fixed(Instant.EPOCH)));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private RemoteFile remote() {
        return RemoteFile.unverified(server.uri("data.bin"));
    }

    @Test
    void fetch_fresh_downloadsAndPinsTheChecksum() throws IOException {
        Path file = downloader.fetch(remote(), folder);

        assertThat(file).hasBinaryContent(DATA);
        assertThat(folder.resolve("data.bin.sha256")).hasContent(SHA + "  data.bin");
        assertThat(folder.resolve("data.bin.part")).doesNotExist();
        assertThat(server.requests()).containsExactly("/data.bin -");
    }

    @Test
    void fetch_fresh_drawsTheProgressBarToTheEnd() throws IOException {
        downloader.fetch(remote(), folder);

        assertThat(progress.toString()).startsWith("\rdata.bin [                              ]   0%  0.0/0.1 MB")
                .endsWith("\rdata.bin [##############################] 100%  0.1/0.1 MB" + System.lineSeparator());
    }

    @Test
    void fetch_partialFile_resumesWithARangeRequest() throws IOException {
        Files.write(folder.resolve("data.bin.part"), Arrays.copyOf(DATA, 40_000));

        Path file = downloader.fetch(remote(), folder);

        assertThat(file).hasBinaryContent(DATA);
        assertThat(server.requests()).containsExactly("/data.bin bytes=40000-");
    }

    @Test
    void fetch_serverIgnoringRanges_startsOver() throws IOException {
        server.ignoreRanges();
        Files.write(folder.resolve("data.bin.part"), Arrays.copyOf(DATA, 40_000));

        assertThat(downloader.fetch(remote(), folder)).hasBinaryContent(DATA);
    }

    @Test
    void fetch_partialFileAlreadyComplete_startsOver() throws IOException {
        Files.write(folder.resolve("data.bin.part"), DATA);

        assertThat(downloader.fetch(remote(), folder)).hasBinaryContent(DATA);
        assertThat(server.requests()).containsExactly("/data.bin bytes=100000-", "/data.bin -");
    }

    @Test
    void fetch_stalledConnection_keepsThePartForTheNextRun() throws IOException {
        server.stallNextResponseAfter(30_000);
        Downloader impatient = new Downloader(new ProgressBar(new PrintWriter(progress),
                InstantSource.fixed(Instant.EPOCH)), Duration.ofMillis(500));

        assertThatThrownBy(() -> impatient.fetch(remote(), folder)).isInstanceOf(StorageException.class)
                .hasMessage("download of %s failed: the connection broke after 30000 bytes"
                        + " (java.net.SocketTimeoutException: Read timed out); run the command again to resume",
                        remote().uri());
        assertThat(folder.resolve("data.bin.part")).hasSize(30_000);

        assertThat(downloader.fetch(remote(), folder)).hasBinaryContent(DATA);
        assertThat(server.requests()).endsWith("/data.bin bytes=30000-");
    }

    @Test
    void fetch_verifiedFileAlreadyThere_makesNoRequest() throws IOException {
        downloader.fetch(remote(), folder);

        downloader.fetch(remote(), folder);

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void fetch_pinnedChecksumDiffers_deletesTheDownloadAndSaysSo() throws IOException {
        String pinned = "0".repeat(64);
        Files.writeString(folder.resolve("data.bin.sha256"), pinned + "  data.bin\n");

        assertThatThrownBy(() -> downloader.fetch(remote(), folder)).isInstanceOf(StorageException.class)
                .hasMessage("download of %s failed: checksum mismatch for %s: sha256 %s, expected %s (pinned in %s);"
                        + " the file was deleted, run the command again to download it anew", remote().uri(),
                        folder.resolve("data.bin.part"), SHA, pinned, folder.resolve("data.bin.sha256"));
        assertThat(folder.resolve("data.bin.part")).doesNotExist();
        assertThat(folder.resolve("data.bin")).doesNotExist();
    }

    @Test
    void fetch_knownChecksumDiffers_namesTheKnownChecksum() {
        RemoteFile file = new RemoteFile(remote().uri(), "data.bin", DATA.length, "f".repeat(64));

        assertThatThrownBy(() -> downloader.fetch(file, folder))
                .hasMessageContaining("expected " + "f".repeat(64) + " (known for this file)");
    }

    @Test
    void fetch_knownSizeDiffers_refusesBeforeDownloading() {
        RemoteFile file = new RemoteFile(remote().uri(), "data.bin", 123, "");

        assertThatThrownBy(() -> downloader.fetch(file, folder)).isInstanceOf(StorageException.class)
                .hasMessage("download of %s failed: the server announces 100000 bytes, expected 123", file.uri());
    }

    @Test
    void fetch_missingOnServer_namesTheStatus() {
        RemoteFile file = RemoteFile.unverified(server.uri("nothing.bin"));

        assertThatThrownBy(() -> downloader.fetch(file, folder))
                .hasMessage("download of %s failed: the server answered HTTP 404", file.uri());
    }

    @Test
    void fetch_serverUnreachable_saysOfflineAndHowToFetchByHand() {
        URI uri = remote().uri();
        server.close();

        assertThatThrownBy(() -> downloader.fetch(RemoteFile.unverified(uri), folder))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("download of " + uri + " failed: cannot reach the server, are you offline? (")
                .hasMessageEndingWith("); fetch it by hand, e.g. curl -fL -o " + folder.resolve("data.bin") + " "
                        + uri + ", and run the command again");
    }

    @Test
    void remoteFile_pathInName_throws() {
        assertThatThrownBy(() -> new RemoteFile(URI.create("http://x/a"), "../a", -1, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("file name must be a plain name: '../a'");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(3).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
