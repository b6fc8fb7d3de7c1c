// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.app.view.terminal.TerminalText;
import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope trial tail URI [--collection C] [--timeout D] [--json]}: prints each complete step as it lands
 * with the values of a collection's tensors (by default {@code metrics}), until training ends. It can be started before
 * the job writes anything.
 *
 * <p>Not thread-safe.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print each step as it lands, with its metrics, until training ends.",
            "Exits 0 at the end of training; 1 if --timeout passes first."})
final class TrialTailCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URI", description = "The trial: a folder, file: URI or s3://bucket/prefix.")
    String location;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "metrics",
            description = "The collection whose tensors are printed (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop waiting after this long, such as 10m or PT30S (default: no limit).")
    @Nullable Duration timeout;

    @Option(names = "--worker", paramLabel = "W", description = WorkerChoice.DESCRIPTION)
    @Nullable String worker;

    @Option(names = "--json", description = "Print one JSON object per line.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Trial trial = Trials.newBuilder(location).allowEmpty(true).open()) {
            if (trial.workers().isEmpty() && !trial.loadedAllSteps()) {
                spec.commandLine().getErr().printf(Locale.ROOT, "boostscope: waiting for a trial at %s%n",
                        trial.uri());
                spec.commandLine().getErr().flush();
            }
            Printer printer = new Printer(json ? out : TerminalText.cleaning(out));
            (worker == null ? trial : Trials.workerView(trial, worker)).onStep(printer);
            boolean ended = timeout == null ? await(printer.ended)
                    : printer.ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (printer.failure.get() != null) {
                throw printer.failure.get();
            }
            if (!ended) {
                throw new BoostscopeException(String.format(Locale.ROOT,
                        "training did not end within %s (%s)", timeout, TrialInspectCommand.status(trial)));
            }
        }
        return 0;
    }

    private static boolean await(CountDownLatch latch) throws InterruptedException {
        latch.await();
        return true;
    }

    /** Prints each step; stops at the first failure. */
    private final class Printer implements StepListener {
        final CountDownLatch ended = new CountDownLatch(1);
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final PrintWriter out;
        private final AtomicInteger count = new AtomicInteger();

        Printer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void onStep(Trial trial, int step) {
            if (failure.get() != null) {
                return;
            }
            try {
                if (worker != null) {
                    WorkerChoice.check(trial, worker);
                }
                out.println(json ? jsonLine(trial, step) : textLine(trial, step));
                out.flush();
                count.incrementAndGet();
            } catch (RuntimeException | JsonProcessingException e) {
                failure.set(e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e));
                ended.countDown();
            }
        }

        @Override
        public void onEnd(Trial trial) {
            if (failure.get() == null) {
                out.println(json ? "{\"end\":true,\"steps\":" + count.get() + "}"
                        : "end of training: " + count.get() + " steps");
                out.flush();
            }
            ended.countDown();
        }

        private String textLine(Trial trial, int step) {
            StringBuilder line = new StringBuilder("step ").append(step);
            for (String name : names(trial, step)) {
                line.append(' ').append(name).append('=').append(ValueText.brief(trial.tensor(name).value(step)));
            }
            return line.toString();
        }

        private String jsonLine(Trial trial, int step) throws JsonProcessingException {
            ObjectNode line = Lines.MAPPER.createObjectNode();
            line.put("step", step);
            ObjectNode values = line.putObject("values");
            for (String name : names(trial, step)) {
                NdArray value = trial.tensor(name).value(step);
                values.set(name, value.size() == 1 ? ValueText.jsonElement(value, 0) : ValueText.json(value));
            }
            return Lines.MAPPER.writeValueAsString(line);
        }

        private List<String> names(Trial trial, int step) {
            return trial.tensorNamesInCollection(collection).stream()
                    .filter(name -> {
                        Tensor tensor = trial.tensor(name);
                        return !tensor.workers(step).isEmpty();
                    }).toList();
        }
    }

    /** Parses {@code 10m}, {@code 30s}, {@code 500ms}, {@code 2h} or an ISO-8601 duration. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (text.startsWith("p")) {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                }
                if (text.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                }
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                switch (text.charAt(text.length() - 1)) {
                    case 's': return Duration.ofSeconds(amount);
                    case 'm': return Duration.ofMinutes(amount);
                    case 'h': return Duration.ofHours(amount);
                    default: break;
                }
            } catch (RuntimeException ignored) {
                // falls through to the usage error below, which names the accepted forms
            }
            throw new CommandLine.TypeConversionException(
                    "duration must look like 500ms, 30s, 10m, 2h or PT30S: '" + value + "'");
        }
    }

    /** The mapper of {@code --json} lines, built on first use: text output never loads databind. */
    private static final class Lines {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Lines() {
        }
    }
}
