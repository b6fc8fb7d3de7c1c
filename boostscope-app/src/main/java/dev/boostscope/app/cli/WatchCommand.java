// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.terminal.TerminalOptions;
import dev.boostscope.app.view.terminal.TerminalView;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Subscription;
import dev.boostscope.trial.Trial;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope watch}: the latest metrics and confusion matrix in the terminal, redrawn as each step lands, until
 * training ends.
 *
 * <p>Not thread-safe.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Show a trial's latest metrics and confusion matrix in the terminal, redrawn as steps land, "
                + "until training ends (Ctrl-C to stop earlier).",
            "Colour is on in a terminal unless NO_COLOR is set or --no-color is given."})
final class WatchCommand extends ViewCommand implements Runnable {
    /** Whether standard output is a terminal; tests replace it. */
    boolean terminal = System.console() != null;

    @Parameters(index = "0", paramLabel = "URI", description = "The trial: a folder, file: URI or s3://bucket/prefix.")
    String trial;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColor;

    @Override
    public void run() {
        TerminalOptions detected = TerminalOptions.detect(System.getenv(), terminal);
        TerminalView view = TerminalView.of(new TerminalOptions(detected.color() && !noColor,
                detected.redrawInPlace()));
        try (Trial opened = open(trial)) {
            watch(chosen(opened), view);
        }
    }

    private void watch(Trial opened, TerminalView view) {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        PrintWriter out = spec.commandLine().getOut();
        Subscription subscription = opened.onStep(new Printer(view, out, ended, failure));
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching " + trial, e);
        } finally {
            subscription.close();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Prints a frame for each newest step; skips backlog steps that a later complete step already supersedes. */
    private static final class Printer implements StepListener {
        private final TerminalView view;
        private final PrintWriter out;
        private final CountDownLatch ended;
        private final AtomicReference<RuntimeException> failure;

        Printer(TerminalView view, PrintWriter out, CountDownLatch ended, AtomicReference<RuntimeException> failure) {
            this.view = view;
            this.out = out;
            this.ended = ended;
            this.failure = failure;
        }

        @Override
        public void onStep(Trial trial, int step) {
            if (trial.lastCompleteStep().orElse(step) > step || failure.get() != null) {
                return;
            }
            try {
                out.print(view.frame(RunSnapshots.live(trial, step)));
                out.flush();
            } catch (RuntimeException e) {
                failure.set(e);
                ended.countDown();
            }
        }

        @Override
        public void onEnd(Trial trial) {
            out.println(trial.lastCompleteStep().isPresent()
                    ? String.format(Locale.ROOT, "training ended; last step %d", trial.lastCompleteStep().getAsInt())
                    : "training ended without a complete step");
            out.flush();
            ended.countDown();
        }
    }
}
