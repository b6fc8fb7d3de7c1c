// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import dev.boostscope.app.view.model.ConfusionAtStep;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the animated confusion matrix (the notebook's {@code cm.gif}): one frame per saved step, in step order,
 * each the {@link ConfusionChart} heatmap titled with its step. Uses only {@code javax.imageio}: each frame carries a
 * GraphicControlExtension with its delay, and the first a NETSCAPE2.0 extension that loops the animation forever.
 *
 * <p>Stateless; thread-safe.
 */
public final class ConfusionGif {
    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    private ConfusionGif() {
    }

    /**
     * Renders one frame.
     *
     * @param frame the step and its matrix
     * @param options the frame size
     * @return the frame
     */
    public static BufferedImage frame(ConfusionAtStep frame, GifOptions options) {
        return ChartImages.render(ConfusionChart.create(frame.matrix(), "Confusion matrix at step " + frame.step()),
                options.width(), options.height());
    }

    /**
     * Writes the animation. Does not close the stream.
     *
     * @param frames the frames, at least one, in the order to show
     * @param options the frame size and delay
     * @param out where to write the GIF
     * @throws IllegalArgumentException if there is no frame or a matrix has no class
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<ConfusionAtStep> frames, GifOptions options, OutputStream out) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animated confusion matrix needs at least one step with labels "
                    + "and predictions");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage image = frame(frames.get(i), options);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = metadata(writer, image, param, options, i == 0);
                writer.writeToSequence(new IIOImage(image, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the animated confusion matrix", e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, ImageWriteParam param,
            GifOptions options, boolean first) throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_METADATA);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(options.delayCentiseconds()));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 (little-endian): forever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(GIF_METADATA, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
