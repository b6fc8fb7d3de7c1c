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

final class IdxFileTest {
    @TempDir
    Path folder;

    @Test
    void read_gzippedImages_givesDimensionsAndBytes() throws IOException {
        Path file = TestFiles.idx(folder.resolve("images.gz"), new int[] {2, 1, 3}, new byte[] {1, 2, 3, 4, 5, 6});

        IdxFile idx = IdxFile.read(file, 3);

        assertThat(idx.count()).isEqualTo(2);
        assertThat(idx.itemSize()).isEqualTo(3);
        assertThat(idx.data()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void read_labelFileAsImages_namesTheMagicNumber() throws IOException {
        Path file = TestFiles.idx(folder.resolve("labels"), new int[] {2}, new byte[] {1, 2});

        assertThatThrownBy(() -> IdxFile.read(file, 3)).isInstanceOf(FormatException.class)
                .hasMessage(file + ": not an IDX file of 3-dimensional unsigned bytes: magic number 0x00000801 at"
                        + " byte 0, expected 0x00000803");
    }

    @Test
    void read_cutShort_namesTheOffset() throws IOException {
        Path file = TestFiles.idx(folder.resolve("labels"), new int[] {5}, new byte[] {1, 2});

        assertThatThrownBy(() -> IdxFile.read(file, 1))
                .hasMessage(file + ": cut short at byte 10: the header announces 5 data bytes");
    }

    @Test
    void read_trailingBytes_namesTheOffset() throws IOException {
        Path file = TestFiles.idx(folder.resolve("labels"), new int[] {1}, new byte[] {1, 2});

        assertThatThrownBy(() -> IdxFile.read(file, 1))
                .hasMessage(file + ": trailing bytes at byte 9: the header announces 1 data bytes");
    }

    @Test
    void read_headerCutShort_namesTheOffset() throws IOException {
        Path file = Files.write(folder.resolve("short"), new byte[] {0, 0, 8, 1, 0});

        assertThatThrownBy(() -> IdxFile.read(file, 1)).hasMessage(file + ": cut short in the IDX header at byte 4");
    }
}
