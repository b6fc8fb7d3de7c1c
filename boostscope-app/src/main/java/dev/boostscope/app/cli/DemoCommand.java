// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.xgboost.data.BundledMnist;
import dev.boostscope.xgboost.data.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope demo}: trains the notebook's model on the bundled MNIST with a manual boosting loop, printing a
 * line per round, and saves the model.
 *
 * <p>Not thread-safe.
 */
@Command(name = "demo",
        description = {"Train the notebook's XGBoost model (multi:softmax, 10 classes, max_depth 5, eta 0.1, gamma 4, "
            + "min_child_weight 6, 25 rounds) on the bundled MNIST (8,000 training, 2,000 validation digits), "
            + "printing a line per round."})
final class DemoCommand implements Callable<Integer> {
    static final String MODEL_FILE = "xgboost-model.json";
    private static final String[] EVAL_NAMES = {"train", "validation"};

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "boostscope-output",
            description = "Folder for the model (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("boostscope-output");

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "25",
            description = "Boosting rounds (default: ${DEFAULT-VALUE}, as in the notebook).")
    int rounds = 25;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, XGBoostError {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        Dataset train = BundledMnist.read(BundledMnist.Split.TRAIN);
        Dataset validation = BundledMnist.read(BundledMnist.Split.VALIDATION);
        out.printf(Locale.ROOT, "boostscope demo: the notebook's XGBoost model on the bundled MNIST (%,d training, "
                + "%,d validation digits, %d pixels)%n", train.rows(), validation.rows(), BundledMnist.COLUMNS - 1);
        out.println("parameters: " + parametersText());
        DMatrix trainMatrix = train.toDMatrix();
        DMatrix validationMatrix = validation.toDMatrix();
        try {
            run(out, new DMatrix[] {trainMatrix, validationMatrix}, validation);
        } finally {
            trainMatrix.dispose();
            validationMatrix.dispose();
        }
        return 0;
    }

    private void run(PrintWriter out, DMatrix[] matrices, Dataset validation) throws IOException, XGBoostError {
        long start = System.nanoTime();
        Booster booster = XGBoost.train(matrices[0], parameters(), 0, new HashMap<>(), null, null);
        try {
            // each eval_metric call adds a metric; a Map holds only one
            booster.setParam("eval_metric", "merror");
            booster.setParam("eval_metric", "mlogloss");
            for (int round = 0; round < rounds; round++) {
                booster.update(matrices[0], round);
                Map<String, Double> metrics = EvalLine.parse(booster.evalSet(matrices, EVAL_NAMES, round));
                out.println(roundLine(round, metrics, seconds(start)));
                out.flush();
            }
            int correct = correct(booster.predict(matrices[1]), validation);
            Path model = save(booster);
            out.printf(Locale.ROOT, "validation accuracy %.4f (%,d of %,d digits) after %d rounds in %.1f s%n",
                    correct / (double) validation.rows(), correct, validation.rows(), rounds, seconds(start));
            out.println("model saved to " + model);
        } finally {
            booster.dispose();
        }
    }

    static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("objective", "multi:softmax");
        parameters.put("num_class", BundledMnist.NUM_CLASS);
        parameters.put("max_depth", 5);
        parameters.put("eta", 0.1);
        parameters.put("gamma", 4);
        parameters.put("min_child_weight", 6);
        parameters.put("tree_method", "hist");
        parameters.put("nthread", 2);
        parameters.put("verbosity", 1);
        return parameters;
    }

    private String parametersText() {
        return "objective=multi:softmax num_class=10 max_depth=5 eta=0.1 gamma=4 min_child_weight=6 num_round="
                + rounds + " tree_method=hist nthread=2";
    }

    private String roundLine(int round, Map<String, Double> metrics, double seconds) {
        int width = Integer.toString(rounds).length();
        return String.format(Locale.ROOT, "round %" + width + "d/%d  train merror %.4f mlogloss %.4f  "
                + "validation merror %.4f mlogloss %.4f  %5.1f s", round + 1, rounds, metrics.get("train-merror"),
                metrics.get("train-mlogloss"), metrics.get("validation-merror"), metrics.get("validation-mlogloss"),
                seconds);
    }

    private static int correct(float[][] predictions, Dataset validation) {
        int correct = 0;
        for (int row = 0; row < predictions.length; row++) {
            correct += predictions[row][0] == validation.label(row) ? 1 : 0;
        }
        return correct;
    }

    /** Saves the model as JSON, atomically: a temporary file, then a rename. */
    private Path save(Booster booster) throws IOException, XGBoostError {
        Files.createDirectories(output);
        Path target = output.resolve(MODEL_FILE);
        Path temporary = output.resolve(MODEL_FILE + "-" + UUID.randomUUID() + ".tmp");
        try (OutputStream stream = Files.newOutputStream(temporary)) {
            booster.saveModel(stream, "json");
        } catch (IOException | XGBoostError | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
