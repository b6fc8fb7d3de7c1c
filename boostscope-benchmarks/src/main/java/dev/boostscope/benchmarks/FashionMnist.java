// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Fashion-MNIST in its IDX form (Debian's {@code dataset-fashion-mnist}: {@code /usr/share/datasets/fashion-mnist}),
 * as dense row-major floats in [0, 1], or a generated stand-in of the same shape when the files are absent.
 *
 * @param features row-major pixel values
 * @param labels class indices 0 to 9
 * @param rows the number of images
 * @param columns 784
 * @param source where the data came from, for the report
 */
record FashionMnist(float[] features, float[] labels, int rows, int columns, String source) {
    static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    static FashionMnist load(Path folder, String prefix, int fallbackRows, long seed) throws IOException {
        Path images = folder.resolve(prefix + "-images-idx3-ubyte.gz");
        Path labels = folder.resolve(prefix + "-labels-idx1-ubyte.gz");
        if (!Files.isRegularFile(images) || !Files.isRegularFile(labels)) {
            return generated(fallbackRows, seed);
        }
        try (DataInputStream in = open(images); DataInputStream lab = open(labels)) {
            check(in.readInt(), 0x803, images);
            int count = in.readInt();
            int size = in.readInt() * in.readInt();
            check(lab.readInt(), 0x801, labels);
            check(lab.readInt(), count, labels);
            byte[] pixels = in.readNBytes(count * size);
            byte[] classes = lab.readNBytes(count);
            float[] features = new float[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                features[i] = (pixels[i] & 0xff) / 255f;
            }
            float[] y = new float[count];
            for (int i = 0; i < count; i++) {
                y[i] = classes[i];
            }
            return new FashionMnist(features, y, count, size, images.toString());
        }
    }

    /** A dense 784-feature, 10-class stand-in: class-dependent means plus noise. */
    static FashionMnist generated(int rows, long seed) {
        Random random = new Random(seed);
        float[] features = new float[rows * 784];
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            int label = random.nextInt(10);
            labels[i] = label;
            for (int j = 0; j < 784; j++) {
                float mean = ((j * 7 + label * 13) % 10) / 10f;
                features[i * 784 + j] = Math.min(1f, Math.max(0f, mean + (float) random.nextGaussian() * 0.3f));
            }
        }
        return new FashionMnist(features, labels, rows, 784, "generated " + rows + "x784 (seed " + seed + ")");
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16)));
    }

    private static void check(int actual, int expected, Path file) throws IOException {
        if (actual != expected) {
            throw new IOException(String.format(Locale.ROOT, "%s: expected %d in the header, found %d", file,
                    expected, actual));
        }
    }
}
