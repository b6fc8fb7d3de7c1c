// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Verifies a downloaded file's SHA-256 against the known checksum or the one pinned beside it in {@code NAME.sha256}
 * (the {@code sha256sum} format), and pins it there when neither exists.
 *
 * <p>Stateless and thread-safe.
 */
final class Checksums {
    private Checksums() {
    }

    /**
     * Verifies {@code file}, which will be published as {@code target}; a file that fails is deleted.
     *
     * @throws StorageException on a mismatch, naming both checksums and where the expected one came from
     */
    static void verify(RemoteFile remote, Path file, Path target) throws IOException {
        Path pin = target.resolveSibling(target.getFileName() + ".sha256");
        String actual = sha256(file);
        String expected = remote.sha256().isEmpty() ? pinned(pin) : remote.sha256();
        if (expected.isEmpty()) {
            Files.writeString(pin, actual + "  " + target.getFileName() + "\n", StandardCharsets.US_ASCII);
            return;
        }
        if (!expected.equals(actual)) {
            Files.delete(file);
            String origin = remote.sha256().isEmpty() ? "pinned in " + pin : "known for this file";
            throw new StorageException(remote.uri(), "download", String.format(Locale.ROOT,
                    "checksum mismatch for %s: sha256 %s, expected %s (%s); the file was deleted, run the command"
                            + " again to download it anew", file, actual, expected, origin));
        }
    }

    private static String pinned(Path pin) throws IOException {
        if (!Files.isRegularFile(pin)) {
            return "";
        }
        String line = Files.readString(pin, StandardCharsets.US_ASCII).strip();
        int space = line.indexOf(' ');
        return (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
