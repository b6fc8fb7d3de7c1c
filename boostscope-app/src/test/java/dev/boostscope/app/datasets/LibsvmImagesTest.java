// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LibsvmImagesTest {
    @TempDir
    Path folder;

    @Test
    void scaled_pixels_matchTheBundledMnistText() {
        // the same text data/mnist/convert.js writes with toPrecision(6), as in LIBSVM's mnist.scale
        assertThat(LibsvmImages.scaled(3)).isEqualTo("0.0117647");
        assertThat(LibsvmImages.scaled(62)).isEqualTo("0.243137");
        assertThat(LibsvmImages.scaled(128)).isEqualTo("0.501961");
        assertThat(LibsvmImages.scaled(255)).isEqualTo("1");
    }

    @Test
    void write_images_givesOneBasedNonZeroPixels() throws IOException {
        IdxFile images = IdxFile.read(TestFiles.idx(folder.resolve("i"), new int[] {2, 2, 2},
                new byte[] {0, 3, 0, (byte) 255, 0, 0, 0, 0}), 3);
        IdxFile labels = IdxFile.read(TestFiles.idx(folder.resolve("l"), new int[] {2}, new byte[] {7, 9}), 1);

        int rows = LibsvmImages.write(images, labels, folder.resolve("out.libsvm.gz"));

        assertThat(rows).isEqualTo(2);
        assertThat(gunzip(folder.resolve("out.libsvm.gz"))).isEqualTo("7 2:0.0117647 4:1\n9\n");
    }

    @Test
    void write_countsDiffer_namesBothFiles() throws IOException {
        IdxFile images = IdxFile.read(TestFiles.idx(folder.resolve("i"), new int[] {1, 1, 1}, new byte[] {1}), 3);
        IdxFile labels = IdxFile.read(TestFiles.idx(folder.resolve("l"), new int[] {2}, new byte[] {7, 9}), 1);

        assertThatThrownBy(() -> LibsvmImages.write(images, labels, folder.resolve("out.gz")))
                .hasMessage(images.path() + " holds 1 images but " + labels.path() + " holds 2 labels");
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
