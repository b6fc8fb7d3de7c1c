// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.app.view.terminal.TerminalText;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope trial value URI TENSOR --step N [--worker W] [--mode M] [--json]}: one tensor's value at one step.
 *
 * <p>Not thread-safe.
 */
@Command(name = "value", mixinStandardHelpOptions = true,
        description = "Print one tensor's value at one step.")
final class TrialValueCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URI", description = "The trial: a folder, file: URI or s3://bucket/prefix.")
    String location;

    @Parameters(index = "1", paramLabel = "TENSOR", description = "The tensor name, such as train-rmse.")
    String tensorName;

    @Option(names = "--step", required = true, paramLabel = "N", description = "The step (in the mode's numbering).")
    int step;

    @Option(names = "--worker", paramLabel = "W",
            description = "The worker that saved it (default: the first, by name, that did).")
    @Nullable String worker;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "GLOBAL", converter = ModeConverter.class,
            description = "TRAIN, EVAL, PREDICT or GLOBAL (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Trial trial = Trials.open(location)) {
            if (worker != null) {
                WorkerChoice.check(trial, worker);
            }
            Tensor tensor = trial.tensor(tensorName);
            NdArray value = tensor.value(step, mode, worker);
            String from = worker != null ? worker : firstWorker(tensor);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(TrialInspectCommand.json().writeValueAsString(toJson(value, from)));
            } else {
                PrintWriter text = TerminalText.cleaning(out);
                text.printf(Locale.ROOT, "%s at step %d%s%s: %s%n", tensorName, step,
                        mode == Mode.GLOBAL ? "" : " (" + mode.wireName() + ")",
                        from == null ? "" : " from " + from, ValueText.type(value));
                text.println(ValueText.text(value));
            }
            out.flush();
        }
        return 0;
    }

    private @Nullable String firstWorker(Tensor tensor) {
        if (mode != Mode.GLOBAL) {
            return null;
        }
        List<String> workers = tensor.workers(step);
        return workers.isEmpty() ? null : workers.get(0);
    }

    private ObjectNode toJson(NdArray value, @Nullable String from) {
        ObjectNode root = TrialInspectCommand.json().createObjectNode();
        root.put("tensor", tensorName);
        root.put("step", step);
        root.put("mode", mode.wireName());
        if (from == null) {
            root.putNull("worker");
        } else {
            root.put("worker", from);
        }
        root.put("dtype", value.dtype().numpyName());
        for (long dim : value.shape()) {
            root.withArray("shape").add(dim);
        }
        if (value.rank() == 0) {
            root.putArray("shape");
        }
        root.set("value", ValueText.json(value));
        return root;
    }

    /** Parses {@code --mode} as {@link Mode#parse}, so that a bad name is a usage error naming the choices. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            try {
                return Mode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
