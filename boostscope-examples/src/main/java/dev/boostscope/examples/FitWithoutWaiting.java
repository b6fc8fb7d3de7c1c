// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.xgboost.DebugTraining;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.TrainingResult;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The notebook's {@code fit(..., wait=False)}: "a fire and forget event": the job runs in the background and control
 * comes back at once, so the next sections run while it trains.
 *
 * <p>Thread-safe (stateless).
 */
public final class FitWithoutWaiting {
    private FitWithoutWaiting() {
    }

    /**
     * Returns the number of rounds: the notebook's 25, or the {@code boostscope.examples.rounds} system property.
     *
     * @return the rounds
     */
    public static int numRound() {
        return Integer.getInteger("boostscope.examples.rounds", 25);
    }

    /**
     * Starts training in the background with the debugger on.
     *
     * @param folder where the data and the tensors go
     * @return the running training, completed with its result
     * @throws IOException if the data cannot be written
     */
    public static CompletableFuture<TrainingResult> fit(Path folder) throws IOException {
        Path[] files = PrepareData.loadMnist(folder.resolve("data"));
        HookConfig hook = DeclareEstimator.debuggerHookConfig(debuggerArtifactsPath(folder));
        return CompletableFuture.supplyAsync(() -> train(files, hook));
    }

    /**
     * Returns where the debugger writes the tensors ({@code latest_job_debugger_artifacts_path()}).
     *
     * @param folder the run's folder
     * @return the trial's location
     */
    public static String debuggerArtifactsPath(Path folder) {
        return folder.resolve("debug-output").toAbsolutePath().toString();
    }

    private static TrainingResult train(Path[] files, HookConfig hook) {
        try {
            DMatrix train = DatasetReader.read(files[0], ReadOptions.libsvm()).toDMatrix();
            DMatrix validation = DatasetReader.read(files[1], ReadOptions.libsvm()).toDMatrix();
            return DebugTraining.newBuilder().params(DeclareEstimator.hyperparameters()).trainData(train)
                    .rounds(numRound()).evalSet("train", train).evalSet("validation", validation).hook(hook)
                    .build().train();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XGBoostError e) {
            throw new IllegalStateException("training failed: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the job, says so at once, then waits only to dispose of the model.
     *
     * @param args optional: the run's folder
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        CompletableFuture<TrainingResult> job = fit(folder);
        System.out.println("started; control is back while the job trains: done=" + job.isDone());
        job.join().booster().dispose();
    }
}
