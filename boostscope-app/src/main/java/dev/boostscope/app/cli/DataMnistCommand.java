// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.datasets.Decompression;
import dev.boostscope.app.datasets.Downloader;
import dev.boostscope.app.datasets.ProgressBar;
import dev.boostscope.app.datasets.RemoteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope data mnist}: downloads LIBSVM's full MNIST ({@code mnist.scale.bz2}, 60,000 rows, and {@code
 * mnist.scale.t.bz2}, 10,000 rows), resumable and verified, and decompresses it.
 *
 * <p>The LIBSVM site publishes no checksums, so the first complete download pins its SHA-256 in {@code NAME.sha256}
 * and later runs verify against that; the size is checked against the server's {@code Content-Length}.
 *
 * <p>Not thread-safe.
 */
@Command(name = "mnist", mixinStandardHelpOptions = true,
        description = {"Download the full MNIST in LIBSVM format (mnist.scale: 60,000 rows, mnist.scale.t: 10,000) "
                + "and decompress it.",
            "Resumes an interrupted download; pins each file's SHA-256 in NAME.sha256 on the first download and "
                + "verifies it afterwards."})
final class DataMnistCommand implements Callable<Integer> {
    static final String DEFAULT_URL_BASE = "https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/multiclass/";
    static final List<String> FILES = List.of("mnist.scale.bz2", "mnist.scale.t.bz2");

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "boostscope-data/mnist",
            description = "Folder to download into (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("boostscope-data/mnist");

    @Option(names = "--url-base", paramLabel = "URL", defaultValue = DEFAULT_URL_BASE,
            description = "Where the files are (default: ${DEFAULT-VALUE}).")
    String urlBase = DEFAULT_URL_BASE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        URI base = parseBase(urlBase);
        PrintWriter out = spec.commandLine().getOut();
        Downloader downloader = new Downloader(new ProgressBar(spec.commandLine().getErr(), InstantSource.system()));
        for (String name : FILES) {
            URI uri = base.resolve(name);
            out.println("fetching " + uri);
            out.flush();
            Path compressed = downloader.fetch(RemoteFile.unverified(uri), dir);
            Path plain = dir.resolve(name.substring(0, name.length() - ".bz2".length()));
            out.println(describe(compressed, plain));
            out.flush();
        }
        return 0;
    }

    private static String describe(Path compressed, Path plain) throws IOException {
        String verified = String.format(Locale.ROOT, "%s: %,d bytes, sha256 as in %s.sha256", compressed,
                Files.size(compressed), compressed.getFileName());
        if (Files.isRegularFile(plain)) {
            return verified + String.format(Locale.ROOT, "%n%s: already decompressed", plain);
        }
        long rows = Decompression.bunzip2(compressed, plain);
        return verified + String.format(Locale.ROOT, "%n%s: %,d rows", plain, rows);
    }

    private static URI parseBase(String text) {
        URI uri;
        try {
            uri = URI.create(text.endsWith("/") ? text : text + "/");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url-base must be an http or https URL: '" + text + "'", e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url-base must be an http or https URL: '" + text + "'");
        }
        return uri;
    }
}
