// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.xgboost.CollectionConfig;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.SaveConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notebook's job: its hyperparameters and its debugger configuration (metrics, predictions and labels every 3
 * steps).
 *
 * <p>Thread-safe (stateless).
 */
public final class NotebookJob {
    /** The notebook's {@code base_job_name}. */
    public static final String BASE_JOB_NAME = "demo-smdebug-xgboost-classification";
    /** The notebook's {@code save_interval}. */
    public static final int SAVE_INTERVAL = 3;
    /** The collections the notebook saves. */
    public static final List<String> COLLECTIONS = List.of("metrics", "predictions", "labels");

    private NotebookJob() {
    }

    /**
     * Returns the notebook's hyperparameters, as strings, in its order.
     *
     * @param rounds {@code num_round} (the notebook's 25)
     * @return a new map
     */
    public static Map<String, String> hyperParameters(int rounds) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("max_depth", "5");
        parameters.put("eta", "0.1");
        parameters.put("gamma", "4");
        parameters.put("min_child_weight", "6");
        parameters.put("silent", "0");
        parameters.put("objective", "multi:softmax");
        parameters.put("num_class", "10");
        parameters.put("num_round", Integer.toString(rounds));
        return parameters;
    }

    /**
     * Returns the notebook's debugger configuration writing to a location.
     *
     * @param location a folder or an {@code s3://} URI
     * @return the configuration
     */
    public static HookConfig hookConfig(String location) {
        HookConfig.Builder builder = HookConfig.newBuilder().outputLocation(location);
        for (String collection : COLLECTIONS) {
            builder.collection(CollectionConfig.of(collection, SaveConfig.ofInterval(SAVE_INTERVAL)));
        }
        return builder.build();
    }
}
