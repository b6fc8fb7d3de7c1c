// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import dev.boostscope.core.FormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Decompresses a bzip2 file (the LIBSVM data sets' format; the JDK reads only gzip) and counts its lines.
 *
 * <p>Stateless and thread-safe; blocks while it works.
 */
public final class Decompression {
    private static final int BUFFER = 1 << 16;

    private Decompression() {
    }

    /**
     * Decompresses {@code source} into {@code target}, publishing it atomically (a temporary file, then a rename).
     *
     * @param source a bzip2 file, possibly of several concatenated streams
     * @param target the plain file to write
     * @return the number of lines in the plain file
     * @throws FormatException if the source is not valid bzip2, naming it
     * @throws IOException if reading or writing fails
     */
    public static long bunzip2(Path source, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        long lines = 0;
        try (InputStream in = open(source); OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = read(in, buffer, source); read >= 0; read = read(in, buffer, source)) {
                out.write(buffer, 0, read);
                lines += count(buffer, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return lines;
    }

    private static InputStream open(Path source) throws IOException {
        InputStream file = new BufferedInputStream(Files.newInputStream(source), BUFFER);
        try {
            return new BZip2CompressorInputStream(file, true);
        } catch (IOException e) {
            file.close();
            throw notBzip2(source, e);
        }
    }

    /** Reads decompressed bytes; a failure here is the compressed data's fault, not the disk's. */
    private static int read(InputStream in, byte[] buffer, Path source) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw notBzip2(source, e);
        }
    }

    private static FormatException notBzip2(Path source, IOException e) {
        return new FormatException(source + ": not a valid bzip2 file (" + e.getMessage() + ")", e);
    }

    private static long count(byte[] buffer, int length) {
        long lines = 0;
        for (int i = 0; i < length; i++) {
            lines += buffer[i] == '\n' ? 1 : 0;
        }
        return lines;
    }
}
