// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.xgboost.DebugTraining;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.TrainingResult;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import ml.dmlc.xgboost4j.java.DMatrix;

/**
 * The notebook's job run in the background of this process: load the data, train with the hook, keep the result.
 * Its status follows SageMaker's {@code SecondaryStatus}: Starting, Downloading, Training, Completed or Failed.
 *
 * <p>Thread-safe.
 */
final class BackgroundTraining {
    private final AtomicReference<String> secondary = new AtomicReference<>("Starting");
    private final CompletableFuture<TrainingResult> result;

    private BackgroundTraining(DemoInputs inputs, int rounds, HookConfig hook) {
        this.result = CompletableFuture.supplyAsync(() -> run(inputs, rounds, hook),
                runnable -> daemon(runnable).start());
    }

    /** Starts the job in the background and returns at once, as {@code fit(wait=False)}. */
    static BackgroundTraining start(DemoInputs inputs, int rounds, HookConfig hook) {
        return new BackgroundTraining(inputs, rounds, hook);
    }

    /** Returns the primary status derived from the secondary one, as DescribeTrainingJob. */
    String primaryStatus() {
        return switch (secondary.get()) {
            case "Completed" -> "Completed";
            case "Failed" -> "Failed";
            default -> "InProgress";
        };
    }

    String secondaryStatus() {
        return secondary.get();
    }

    boolean isDone() {
        return result.isDone();
    }

    /** Waits for the end; the training's failure is rethrown as an unchecked exception. */
    TrainingResult await() {
        return result.join();
    }

    Optional<Throwable> failure() {
        return result.isCompletedExceptionally()
                ? Optional.of(result.handle((value, error) -> error).join()) : Optional.empty();
    }

    private TrainingResult run(DemoInputs inputs, int rounds, HookConfig hook) {
        try {
            secondary.set("Downloading");
            DMatrix train = read(inputs.train());
            DMatrix validation = read(inputs.validation());
            secondary.set("Training");
            TrainingResult trained = DebugTraining.newBuilder().params(parameters()).trainData(train)
                    .rounds(rounds).evalSet("train", train).evalSet("validation", validation).hook(hook)
                    .build().train();
            train.dispose();
            validation.dispose();
            secondary.set("Completed");
            return trained;
        } catch (Exception | Error e) {
            secondary.set("Failed");
            throw new IllegalStateException("the demo job failed: " + e.getMessage(), e);
        }
    }

    private static DMatrix read(Path file) throws Exception {
        return DatasetReader.read(file, ReadOptions.libsvm()).toDMatrix();
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(NotebookJob.hyperParameters(1));
        parameters.remove("num_round");
        parameters.remove("silent");
        parameters.put("tree_method", "hist");
        parameters.put("verbosity", 0);
        parameters.put("eval_metric", List.of("merror", "mlogloss"));
        return parameters;
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "boostscope-demo-job");
        thread.setDaemon(true);
        return thread;
    }
}
