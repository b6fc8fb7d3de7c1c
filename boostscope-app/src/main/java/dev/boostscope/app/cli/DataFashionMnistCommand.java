// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.datasets.IdxFile;
import dev.boostscope.app.datasets.LibsvmImages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope data fashion-mnist}: converts the Fashion-MNIST IDX files (as Debian's {@code
 * dataset-fashion-mnist} installs them) to gzipped LIBSVM, 60,000 training and 10,000 validation rows, laid out like
 * the bundled MNIST.
 *
 * <p>Not thread-safe.
 */
@Command(name = "fashion-mnist", mixinStandardHelpOptions = true,
        description = {"Convert Fashion-MNIST IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-..., "
                + "plain or .gz) to LIBSVM: fashion-mnist.train.libsvm.gz (60,000 rows) and "
                + "fashion-mnist.validation.libsvm.gz (10,000 rows).",
            "On Debian: apt-get install dataset-fashion-mnist puts the IDX files in the default --idx folder."})
final class DataFashionMnistCommand implements Callable<Integer> {
    static final String DEBIAN_FOLDER = "/usr/share/datasets/fashion-mnist";

    @Option(names = "--idx", paramLabel = "DIR", defaultValue = DEBIAN_FOLDER,
            description = "Folder with the IDX files (default: ${DEFAULT-VALUE}).")
    Path idx = Path.of(DEBIAN_FOLDER);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "boostscope-data/fashion-mnist",
            description = "Folder to write the LIBSVM files into (default: ${DEFAULT-VALUE}).")
    Path outDir = Path.of("boostscope-data/fashion-mnist");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(outDir);
        convert("train", "fashion-mnist.train.libsvm.gz", out);
        convert("t10k", "fashion-mnist.validation.libsvm.gz", out);
        return 0;
    }

    private void convert(String prefix, String targetName, PrintWriter out) throws IOException {
        IdxFile images = IdxFile.read(find(prefix + "-images-idx3-ubyte"), 3);
        IdxFile labels = IdxFile.read(find(prefix + "-labels-idx1-ubyte"), 1);
        Path target = outDir.resolve(targetName);
        int rows = LibsvmImages.write(images, labels, target);
        out.println(String.format(Locale.ROOT, "%s: %,d rows, %d pixels each (from %s)", target, rows,
                images.itemSize(), images.path()));
        out.flush();
    }

    private Path find(String name) {
        for (String candidate : new String[] {name, name + ".gz"}) {
            Path path = idx.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "--idx folder %s has neither %s nor %s.gz (on Debian, apt-get install dataset-fashion-mnist puts them"
                        + " in %s)", idx, name, name, DEBIAN_FOLDER));
    }
}
