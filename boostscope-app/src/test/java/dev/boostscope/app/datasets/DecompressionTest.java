// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DecompressionTest {
    @TempDir
    Path folder;

    @Test
    void bunzip2_validFile_writesTextAndCountsLines() throws IOException {
        Path source = Files.write(folder.resolve("a.bz2"), TestFiles.bzip2("1 1:1\n0 2:0.5\n"));

        long lines = Decompression.bunzip2(source, folder.resolve("a"));

        assertThat(lines).isEqualTo(2);
        assertThat(folder.resolve("a")).hasContent("1 1:1\n0 2:0.5");
    }

    @Test
    void bunzip2_notBzip2_namesTheFileAndLeavesNoOutput() throws IOException {
        Path source = Files.writeString(folder.resolve("a.bz2"), "plain text");

        assertThatThrownBy(() -> Decompression.bunzip2(source, folder.resolve("a")))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(source + ": not a valid bzip2 file (");
        assertThat(folder).isDirectoryNotContaining(path -> !path.equals(source));
    }
}
