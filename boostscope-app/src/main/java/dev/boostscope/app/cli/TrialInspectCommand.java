// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.app.view.terminal.TerminalText;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope trial inspect URI [--json]}: steps, workers, collections and every tensor with its steps, dtype and
 * shape (read from its value at its last complete step).
 *
 * <p>Not thread-safe.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a trial's steps, workers, collections and tensors (dtype, shape, steps).")
final class TrialInspectCommand implements Callable<Integer> {
    private static final int READERS = 8;

    @Parameters(index = "0", paramLabel = "URI", description = "The trial: a folder, file: URI or s3://bucket/prefix.")
    String location;

    @Option(names = "--worker", paramLabel = "W", description = WorkerChoice.DESCRIPTION)
    @Nullable String worker;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Trial trial = Trials.open(location)) {
            Map<String, Summary> tensors = summarize(WorkerChoice.view(trial, worker));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json().writeValueAsString(toJson(trial, tensors, worker)));
            } else {
                printText(TerminalText.cleaning(out), trial, tensors, worker);
            }
            out.flush();
        }
        return 0;
    }

    private static Map<String, Summary> summarize(Trial trial) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(READERS, task -> {
            Thread thread = new Thread(task, "boostscope-inspect");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Summary>> futures = new LinkedHashMap<>();
            for (String name : trial.tensorNames()) {
                Tensor tensor = trial.tensor(name);
                futures.put(name, pool.submit(() -> Summary.of(tensor)));
            }
            Map<String, Summary> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Summary>> entry : futures.entrySet()) {
                out.put(entry.getKey(), entry.getValue().get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void printText(PrintWriter out, Trial trial, Map<String, Summary> tensors,
            @Nullable String worker) {
        out.printf(Locale.ROOT, "trial        %s%n", trial.name());
        out.printf(Locale.ROOT, "uri          %s%n", trial.uri());
        out.printf(Locale.ROOT, "status       %s%n", status(trial));
        out.printf(Locale.ROOT, "steps        %d: %s%n", trial.steps().size(), StepRanges.format(trial.steps()));
        out.printf(Locale.ROOT, "workers      %s%n", trial.workers().isEmpty() ? "none" : String.join(", ",
                trial.workers()));
        if (worker != null) {
            out.printf(Locale.ROOT, "values from  %s%n", worker);
        }
        out.printf(Locale.ROOT, "collections  %d%n", trial.collections().size());
        int width = trial.collections().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String name : trial.collections().keySet()) {
            int count = trial.tensorNamesInCollection(name).size();
            out.printf(Locale.ROOT, "  %-" + width + "s  %d tensor%s%n", name, count, count == 1 ? "" : "s");
        }
        out.printf(Locale.ROOT, "tensors      %d%n", tensors.size());
        printTable(out, tensors);
    }

    private static void printTable(PrintWriter out, Map<String, Summary> tensors) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "DTYPE", "SHAPE", "STEPS"});
        tensors.forEach((name, summary) -> rows.add(new String[] {name, summary.dtype(), summary.shapeText(),
            StepRanges.format(summary.steps())}));
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.printf(Locale.ROOT, "  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n",
                    (Object[]) row);
        }
    }

    static String status(Trial trial) {
        if (trial.loadedAllSteps()) {
            return "all steps loaded (training ended)";
        }
        return trial.lastCompleteStep().isPresent()
                ? "live (last complete step: " + trial.lastCompleteStep().getAsInt() + ")"
                : "live (no step complete yet)";
    }

    private static ObjectNode toJson(Trial trial, Map<String, Summary> tensors, @Nullable String worker) {
        ObjectNode root = json().createObjectNode();
        root.put("name", trial.name());
        root.put("uri", trial.uri().toString());
        root.put("loaded_all_steps", trial.loadedAllSteps());
        if (trial.lastCompleteStep().isPresent()) {
            root.put("last_complete_step", trial.lastCompleteStep().getAsInt());
        } else {
            root.putNull("last_complete_step");
        }
        trial.steps().forEach(root.putArray("steps")::add);
        trial.workers().forEach(root.putArray("workers")::add);
        if (worker != null) {
            root.put("worker", worker);
        }
        ObjectNode collections = root.putObject("collections");
        trial.collections().forEach((name, collection) -> {
            ObjectNode node = collections.putObject(name);
            collection.includeRegex().forEach(node.putArray("include_regex")::add);
            trial.tensorNamesInCollection(name).forEach(node.putArray("tensor_names")::add);
        });
        ObjectNode all = root.putObject("tensors");
        tensors.forEach((name, summary) -> {
            ObjectNode node = all.putObject(name);
            if (summary.value() == null) {
                node.putNull("dtype");
                node.putNull("shape");
            } else {
                node.put("dtype", summary.dtype());
                for (long dim : summary.value().shape()) {
                    node.withArray("shape").add(dim);
                }
            }
            summary.steps().forEach(node.putArray("steps")::add);
        });
        return root;
    }

    /** A tensor's complete steps and its value at the last of them. */
    private record Summary(List<Integer> steps, @Nullable NdArray value) {
        static Summary of(Tensor tensor) {
            List<Integer> steps = tensor.steps();
            return new Summary(steps, steps.isEmpty() ? null : tensor.value(steps.get(steps.size() - 1)));
        }

        String dtype() {
            return value == null ? "-" : value.dtype().numpyName();
        }

        String shapeText() {
            return value == null ? "-" : ValueText.type(value).substring(value.dtype().numpyName().length());
        }
    }

    /** Returns the mapper of {@code --json} output, built on first use: a text listing never loads databind. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    /** Holds the mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Json() {
        }
    }
}
