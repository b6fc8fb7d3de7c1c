// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ConfusionMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

final class ConfusionGifTest {
    private static final GifOptions SMALL = new GifOptions(320, 280, Duration.ofMillis(250));

    private static List<ConfusionAtStep> frames() {
        List<ConfusionAtStep> frames = new ArrayList<>();
        for (int step = 0; step < 9; step += 3) {
            int right = 5 + step;
            frames.add(new ConfusionAtStep(step, ConfusionMatrix.of(List.of("0", "1", "2"), List.of(
                    List.of(right, 10 - step, 5), List.of(3, right, 12 - step), List.of(8 - step, 2, right)))));
        }
        return frames;
    }

    private static ImageReader read(byte[] gif) throws IOException {
        ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(gif));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(input);
        return reader;
    }

    private static byte[] write(List<ConfusionAtStep> frames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConfusionGif.write(frames, SMALL, bytes);
        return bytes.toByteArray();
    }

    @Test
    void write_threeSteps_oneFramePerStepOfTheGivenSize() throws IOException {
        ImageReader reader = read(write(frames()));

        assertThat(reader.getNumImages(true)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(reader.getWidth(i)).isEqualTo(320);
            assertThat(reader.getHeight(i)).isEqualTo(280);
        }
    }

    @Test
    void write_consecutiveFrames_differ() throws IOException {
        ImageReader reader = read(write(frames()));

        for (int i = 1; i < 3; i++) {
            assertThat(pixels(reader.read(i))).as("frame %d against %d", i, i - 1)
                    .isNotEqualTo(pixels(reader.read(i - 1)));
        }
    }

    @Test
    void write_metadata_hasDelayOnEveryFrameAndLoopsForever() throws IOException {
        ImageReader reader = read(write(frames()));

        for (int i = 0; i < 3; i++) {
            IIOMetadataNode control = child(tree(reader, i), "GraphicControlExtension");
            assertThat(control.getAttribute("delayTime")).isEqualTo("25");
        }
        IIOMetadataNode application = child(child(tree(reader, 0), "ApplicationExtensions"),
                "ApplicationExtension");
        assertThat(application.getAttribute("applicationID")).isEqualTo("NETSCAPE");
        assertThat(application.getAttribute("authenticationCode")).isEqualTo("2.0");
        assertThat((byte[]) application.getUserObject()).containsExactly(1, 0, 0);
    }

    @Test
    void write_noFrame_throws() {
        assertThatThrownBy(() -> write(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an animated confusion matrix needs at least one step with labels and predictions");
    }

    @Test
    void options_delayTooShort_throws() {
        assertThatThrownBy(() -> new GifOptions(100, 100, Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame delay must be 10 ms to 655 s: 5 ms");
    }

    private static IIOMetadataNode tree(ImageReader reader, int index) throws IOException {
        return (IIOMetadataNode) reader.getImageMetadata(index).getAsTree("javax_imageio_gif_image_1.0");
    }

    private static IIOMetadataNode child(IIOMetadataNode node, String name) {
        return (IIOMetadataNode) node.getElementsByTagName(name).item(0);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
