// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.jobs.Estimator;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.spec.CollectionSpec;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notebook's "Enabling Amazon SageMaker Debugger in the estimator object" and "Using Amazon SageMaker Debugger
 * with XGBoost Classification": an {@link Estimator} of the jobs module with the notebook's hyperparameters, and a
 * {@code DebuggerHookConfig} whose collection configs save metrics, predictions and labels every 3 steps. The notebook
 * attaches no rules; {@code ./boostscope demo} declares the same job (its {@code NotebookJob}) plus two built-in rules.
 *
 * <p>Thread-safe (stateless).
 */
public final class DeclareEstimator {
    /** The notebook's {@code base_job_name}. */
    public static final String BASE_JOB_NAME = "demo-smdebug-xgboost-classification";
    /** The notebook's {@code save_interval}. */
    public static final int SAVE_INTERVAL = 3;

    private DeclareEstimator() {
    }

    /**
     * Returns the number of rounds: the notebook's 25, or the {@code boostscope.examples.rounds} system property
     * (the tests train fewer).
     *
     * @return {@code num_round}
     */
    public static int numRound() {
        return Integer.getInteger("boostscope.examples.rounds", 25);
    }

    /**
     * Returns the notebook's {@code hyperparameters}, as strings, in its order.
     *
     * @param numRound the number of boosting rounds
     * @return a new map
     */
    public static Map<String, String> hyperparameters(int numRound) {
        Map<String, String> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("max_depth", "5");
        hyperparameters.put("eta", "0.1");
        hyperparameters.put("gamma", "4");
        hyperparameters.put("min_child_weight", "6");
        hyperparameters.put("silent", "0");
        hyperparameters.put("objective", "multi:softmax");
        hyperparameters.put("num_class", "10"); // num_class is required for 'multi:*' objectives
        hyperparameters.put("num_round", Integer.toString(numRound));
        return hyperparameters;
    }

    /**
     * Returns the notebook's {@code DebuggerHookConfig}: no output path, so the trial goes to the job's folder
     * ({@code debug-output}); an {@code s3://} prefix as the second component ({@code s3_output_path}) would put it
     * under {@code PREFIX/<job>/debug-output} instead.
     *
     * @return the configuration
     */
    public static DebugHookSpec debuggerHookConfig() {
        Map<String, String> everyThirdStep = Map.of("save_interval", Integer.toString(SAVE_INTERVAL));
        return new DebugHookSpec(null, null, Map.of(), List.of(
                new CollectionSpec("metrics", everyThirdStep),
                new CollectionSpec("predictions", everyThirdStep),
                new CollectionSpec("labels", everyThirdStep)));
    }

    /**
     * Returns the notebook's {@code xgboost_algorithm_mode_estimator}; its jobs run in their own JVM processes, each
     * in a folder of the jobs home.
     *
     * @param home the jobs home (the notebook's SageMaker account)
     * @param numRound the number of boosting rounds
     * @return the estimator
     */
    public static Estimator estimator(JobsHome home, int numRound) {
        return Estimator.newBuilder()
                .home(home)
                .baseJobName(BASE_JOB_NAME)
                .hyperParameters(hyperparameters(numRound))
                .contentType("libsvm")
                .maxRuntime(Duration.ofSeconds(1800)) // train_max_run
                .debugHookConfig(debuggerHookConfig())
                .build();
    }

    /**
     * Prints the job the estimator would submit, as CreateTrainingJob JSON.
     *
     * @param args optional: the jobs home (default {@code boostscope-output})
     */
    public static void main(String[] args) {
        JobsHome home = JobsHome.open(Path.of(args.length > 0 ? args[0] : "boostscope-output"));
        Estimator estimator = estimator(home, numRound());
        Map<String, String> inputs = Map.of("train", "mnist.train.libsvm", "validation", "mnist.validation.libsvm");
        System.out.println(JobSpecs.toJson(estimator.spec(inputs)).toPrettyString());
    }
}
