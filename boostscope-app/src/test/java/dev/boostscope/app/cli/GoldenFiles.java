// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/golden/cli}; {@code -Dgolden.update=true} rewrites
 * the file instead (review the diff). Line endings are normalised to {@code \n}.
 *
 * <p>Thread-safe.
 */
final class GoldenFiles {
    private static final Path ROOT = Path.of("src/test/resources/golden/cli");

    private GoldenFiles() {
    }

    static void assertMatches(String actual, String name) {
        String normalised = actual.replace("\r\n", "\n");
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
            }
            assertThat(normalised).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file + " (run with -Dgolden.update=true)", e);
        }
    }
}
