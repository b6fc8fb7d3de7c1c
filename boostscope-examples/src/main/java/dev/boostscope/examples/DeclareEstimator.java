// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.xgboost.CollectionConfig;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.SaveConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notebook's "Enabling Amazon SageMaker Debugger in the estimator object": the hyperparameters, and a
 * {@code DebuggerHookConfig} whose collection configs save metrics, predictions and labels every 3 steps.
 *
 * <p>Thread-safe (stateless).
 */
public final class DeclareEstimator {
    /** The notebook's {@code save_interval}. */
    public static final int SAVE_INTERVAL = 3;

    private DeclareEstimator() {
    }

    /**
     * Returns the notebook's hyperparameters, for XGBoost4J.
     *
     * @return a new map (without {@code num_round}: the training loop takes it)
     */
    public static Map<String, Object> hyperparameters() {
        Map<String, Object> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("max_depth", 5);
        hyperparameters.put("eta", 0.1);
        hyperparameters.put("gamma", 4);
        hyperparameters.put("min_child_weight", 6);
        hyperparameters.put("objective", "multi:softmax");
        hyperparameters.put("num_class", 10); // num_class is required for 'multi:*' objectives
        hyperparameters.put("eval_metric", List.of("merror", "mlogloss"));
        hyperparameters.put("tree_method", "hist");
        return hyperparameters;
    }

    /**
     * Returns the debugger configuration: where the tensors go ({@code s3_output_path}, or a folder) and which named
     * collections to save ({@code collection_configs}).
     *
     * @param outputPath a folder or an {@code s3://} URI
     * @return the configuration
     */
    public static HookConfig debuggerHookConfig(String outputPath) {
        return HookConfig.newBuilder()
                .outputLocation(outputPath) // Required
                .collection(CollectionConfig.of("metrics", SaveConfig.ofInterval(SAVE_INTERVAL)))
                .collection(CollectionConfig.of("predictions", SaveConfig.ofInterval(SAVE_INTERVAL)))
                .collection(CollectionConfig.of("labels", SaveConfig.ofInterval(SAVE_INTERVAL)))
                .build();
    }

    /**
     * Prints the declaration.
     *
     * @param args optional: the output path (default {@code boostscope-output/estimator})
     */
    public static void main(String[] args) {
        System.out.println("hyperparameters: " + hyperparameters());
        System.out.println("debugger: " + debuggerHookConfig(args.length > 0 ? args[0] : "boostscope-output/estimator"));
    }
}
