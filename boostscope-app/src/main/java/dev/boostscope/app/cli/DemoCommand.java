// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.demo.DashboardMode;
import dev.boostscope.app.demo.Demo;
import dev.boostscope.app.demo.DemoOptions;
import dev.boostscope.app.view.terminal.TerminalOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope demo}: the notebook end to end (see {@link Demo}).
 *
 * <p>Not thread-safe.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the notebook end to end: an MNIST training job with the debugger and two rules, "
                + "followed live.",
            "The MNIST job (multi:softmax, max_depth 5, eta 0.1, gamma 4, min_child_weight 6, 25 rounds) starts as "
                + "a background training job with the debugger saving metrics, predictions and labels every 3 steps "
                + "and the Overfit and LossNotDecreasing rules; then its status; its trial read while it trains; the "
                + "confusion matrix per step and a line per boosting round; cm.gif, report.html and a summary at the "
                + "end."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "DIR", defaultValue = "boostscope-output",
            description = "The demo's jobs home: the data, and the job's folder with its trial, "
                + "model, log, cm.gif and report.html (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("boostscope-output");

    @Option(names = "--no-dashboard", description = "Do not serve the dashboard (it is served while the job runs "
            + "otherwise); exit when the job ends.")
    boolean noDashboard;

    @Option(names = "--keep-serving", description = "Keep serving the dashboard after the job ends, until Ctrl-C; "
            + "without it the demo exits when the job ends.")
    boolean keepServing;

    @Option(names = "--full", description = "Train on the full MNIST ('./boostscope data mnist') or Fashion-MNIST "
            + "('./boostscope data fashion-mnist') instead of the bundled 10,000 digits.")
    boolean full;

    @Option(names = "--s3", paramLabel = "s3://BUCKET/PREFIX", description = "Upload the inputs there, train from "
            + "them, and write the debugger output and the model there (endpoint and credentials as the AWS SDK "
            + "finds them, e.g. AWS_ENDPOINT_URL_S3).")
    @Nullable URI s3;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "25", hidden = true,
            description = "Boosting rounds (default: ${DEFAULT-VALUE}, as in the notebook).")
    int rounds = 25;

    /** Whether standard output is a terminal (colours the matrices); tests replace it. */
    boolean terminal = System.console() != null;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (noDashboard && keepServing) {
            throw new IllegalArgumentException("--no-dashboard and --keep-serving exclude each other: pick one");
        }
        DashboardMode dashboard = noDashboard ? DashboardMode.OFF
                : keepServing ? DashboardMode.UNTIL_INTERRUPTED : DashboardMode.UNTIL_JOB_ENDS;
        DemoOptions options = new DemoOptions(output, rounds, dashboard, full, s3);
        return Demo.run(options, spec.commandLine().getOut(), TerminalOptions.detect(System.getenv(), terminal));
    }
}
