// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import dev.boostscope.core.FormatException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file of unsigned bytes, the format of MNIST and Fashion-MNIST: a magic number {@code 0x0000080N} (N = the
 * number of dimensions), N big-endian sizes, then the bytes. Label files have one dimension, image files three.
 * Plain or gzip, recognised by the magic bytes.
 *
 * <p>Immutable; the data array is not copied, so callers must not change it.
 *
 * @param path where it was read from
 * @param dimensions the sizes, the first being the number of items
 * @param data the bytes, item after item
 */
public record IdxFile(Path path, int[] dimensions, byte[] data) {
    private static final int UNSIGNED_BYTE = 0x08;

    /**
     * Returns the number of items (images or labels).
     *
     * @return the first dimension
     */
    public int count() {
        return dimensions[0];
    }

    /**
     * Returns the number of bytes per item (pixels per image, 1 for labels).
     *
     * @return the product of the other dimensions
     */
    public int itemSize() {
        int size = 1;
        for (int i = 1; i < dimensions.length; i++) {
            size *= dimensions[i];
        }
        return size;
    }

    /**
     * Reads an IDX file of unsigned bytes with the given number of dimensions.
     *
     * @param path the file, plain or gzip
     * @param expectedDimensions 1 for labels, 3 for images
     * @return the file's content
     * @throws FormatException if the file is not such an IDX file or is cut short, naming it and the byte offset
     * @throws IOException if it cannot be read
     */
    public static IdxFile read(Path path, int expectedDimensions) throws IOException {
        try (DataInputStream in = new DataInputStream(open(path))) {
            int magic = readInt(in, path, 0);
            int expectedMagic = UNSIGNED_BYTE << 8 | expectedDimensions;
            if (magic != expectedMagic) {
                throw new FormatException(String.format(Locale.ROOT,
                        "%s: not an IDX file of %d-dimensional unsigned bytes: magic number 0x%08x at byte 0,"
                                + " expected 0x%08x", path, expectedDimensions, magic, expectedMagic));
            }
            int[] dimensions = new int[expectedDimensions];
            long size = 1;
            for (int i = 0; i < expectedDimensions; i++) {
                dimensions[i] = readInt(in, path, 4 + 4L * i);
                size *= dimensions[i];
            }
            return new IdxFile(path, dimensions, readData(in, path, size, 4 + 4L * expectedDimensions));
        }
    }

    private static byte[] readData(DataInputStream in, Path path, long size, long offset) throws IOException {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new FormatException(String.format(Locale.ROOT, "%s: IDX sizes give %d bytes, more than this"
                    + " reader holds", path, size));
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size || in.read() >= 0) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: %s at byte %d: the header announces %d data bytes", path,
                    data.length < size ? "cut short" : "trailing bytes", offset + data.length, size));
        }
        return data;
    }

    private static int readInt(DataInputStream in, Path path, long offset) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new FormatException(String.format(Locale.ROOT, "%s: cut short in the IDX header at byte %d",
                    path, offset), e);
        }
    }

    private static InputStream open(Path path) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(Files.newInputStream(path)), 2);
        byte[] magic = in.readNBytes(2);
        in.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
