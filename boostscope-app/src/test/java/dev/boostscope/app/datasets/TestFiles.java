// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Writes tiny IDX and bzip2 files for tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Returns {@code text} compressed with bzip2. */
    public static byte[] bzip2(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Writes an IDX file of unsigned bytes with the given dimensions, gzipped if the name ends in {@code .gz}. */
    public static Path idx(Path file, int[] dimensions, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x0800 | dimensions.length);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(data);
        }
        try (OutputStream out = file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes.toByteArray());
        }
        return file;
    }
}
