// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes the files the commands produce: into a temporary file beside the target, then renamed into place, so a
 * reader never sees half a file and a failure leaves the old file alone.
 *
 * <p>Stateless; thread-safe.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes bytes to a file, creating its folder. */
    static void write(Path out, byte[] content) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
            // not createTempFile: its owner-only permissions would stick to a file meant to be shared
            Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.format(Locale.ROOT, "cannot write '%s'", out), e);
        }
    }

    /** Returns the lower-case extension of a file name, without the dot; empty if none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
