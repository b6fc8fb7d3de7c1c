// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import dev.boostscope.core.FormatException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes labelled 8-bit images as gzipped LIBSVM in the layout of LIBSVM's {@code mnist.scale} and of the bundled
 * MNIST: the label, then {@code PIXEL:VALUE} for every non-zero pixel, pixels numbered from 1, values pixel/255 with 6
 * significant digits.
 *
 * <p>Stateless and thread-safe; blocks while it writes.
 */
public final class LibsvmImages {
    private static final byte[][] SCALED = scaledPixels();

    private LibsvmImages() {
    }

    /**
     * Writes images and their labels to a gzipped LIBSVM file, published atomically.
     *
     * @param images the IDX image file
     * @param labels the IDX label file, one label per image
     * @param target the {@code .libsvm.gz} file to write
     * @return the number of rows written
     * @throws FormatException if the counts differ
     * @throws IOException if writing fails
     */
    public static int write(IdxFile images, IdxFile labels, Path target) throws IOException {
        if (images.count() != labels.count()) {
            throw new FormatException(String.format(Locale.ROOT, "%s holds %d images but %s holds %d labels",
                    images.path(), images.count(), labels.path(), labels.count()));
        }
        Path temporary = target.resolveSibling(target.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(temporary),
                1 << 16), 1 << 16)) {
            for (int image = 0; image < images.count(); image++) {
                writeRow(out, labels.data()[image] & 0xff, images.data(), image * images.itemSize(),
                        images.itemSize());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return images.count();
    }

    private static void writeRow(OutputStream out, int label, byte[] pixels, int offset, int size)
            throws IOException {
        out.write(Integer.toString(label).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < size; i++) {
            int pixel = pixels[offset + i] & 0xff;
            if (pixel != 0) {
                out.write(' ');
                out.write(Integer.toString(i + 1).getBytes(StandardCharsets.US_ASCII));
                out.write(':');
                out.write(SCALED[pixel]);
            }
        }
        out.write('\n');
    }

    /** Returns the text of pixel/255 for 0..255, rounded half-up to 6 significant digits like JavaScript's
     * {@code toPrecision(6)} in {@code data/mnist/convert.js}, trailing zeros dropped. */
    private static byte[][] scaledPixels() {
        byte[][] table = new byte[256][];
        for (int pixel = 0; pixel < 256; pixel++) {
            BigDecimal value = new BigDecimal(pixel / 255.0).round(new MathContext(6, RoundingMode.HALF_UP));
            String text = pixel == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            table[pixel] = text.getBytes(StandardCharsets.US_ASCII);
        }
        return table;
    }

    /** Returns the text written for one pixel value; for tests. */
    static String scaled(int pixel) {
        return new String(SCALED[pixel], StandardCharsets.US_ASCII);
    }
}
