// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.jobs.Estimator;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.spec.CollectionSpec;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.rules.config.RuleConfig;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The notebook's job as a jobs-module {@link Estimator}: its hyperparameters, its maximum run time, its debugger
 * configuration (metrics, predictions and labels every 3 steps) and the built-in rules Overfit and LossNotDecreasing.
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
    /** The built-in rules the demo attaches, each under its own name as SageMaker's {@code Rule.sagemaker} does. */
    public static final List<String> RULES = List.of("Overfit", "LossNotDecreasing");
    /** The notebook's {@code train_max_run}. */
    public static final Duration MAX_RUNTIME = Duration.ofSeconds(1800);

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
     * Returns the notebook's {@code DebuggerHookConfig}: the three collections every {@value #SAVE_INTERVAL} steps, the
     * trial under an S3 prefix ({@code PREFIX/<job>/debug-output}) or, without one, in the job's folder.
     *
     * @param s3 the prefix, or null
     * @return the configuration
     */
    public static DebugHookSpec debugHookConfig(@Nullable URI s3) {
        List<CollectionSpec> collections = COLLECTIONS.stream().map(name -> new CollectionSpec(name,
                Map.of("save_interval", Integer.toString(SAVE_INTERVAL)))).toList();
        return new DebugHookSpec(null, s3 == null ? null : s3.toString(), Map.of(), collections);
    }

    /**
     * Returns the rules the job evaluates while it trains, with SageMaker's default parameters and no action.
     *
     * @return one {@code DebugRuleConfiguration} per rule of {@link #RULES}
     */
    public static List<RuleConfig> rules() {
        return RULES.stream().map(rule -> RuleConfig.of(rule, Map.of(RuleConfig.RULE_TO_INVOKE, rule))).toList();
    }

    /**
     * Returns the notebook's estimator over a jobs home; with an S3 prefix the trial and the model go there.
     *
     * @param home where the job's folder goes
     * @param rounds {@code num_round}
     * @param s3 the prefix, or null
     * @return the estimator
     */
    public static Estimator estimator(JobsHome home, int rounds, @Nullable URI s3) {
        Estimator.Builder builder = Estimator.newBuilder().home(home).baseJobName(BASE_JOB_NAME)
                .hyperParameters(hyperParameters(rounds)).contentType("libsvm").maxRuntime(MAX_RUNTIME)
                .debugHookConfig(debugHookConfig(s3));
        rules().forEach(builder::rule);
        if (s3 != null) {
            builder.outputPath(s3.toString());
        }
        return builder.build();
    }
}
