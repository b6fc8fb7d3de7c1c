// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import dev.boostscope.rules.config.RuleConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A training job's definition, the subset of SageMaker's CreateTrainingJob request that matters for XGBoost. Read one
 * with {@link JobSpecs#parse}; check it with {@link JobSpecValidator} before starting it.
 *
 * @param name the job's name, or the base to which a timestamp is added when {@code nameIsBase}
 * @param nameIsBase whether {@code name} is a base name ({@code BaseJobName}) rather than {@code TrainingJobName}
 * @param hyperParameters XGBoost's parameters as strings, {@code num_round} among them
 * @param channels the input channels, {@code train} and optionally {@code validation}
 * @param outputPath {@code OutputDataConfig.S3OutputPath}: the prefix under which the model goes, or null for the
 *     jobs home
 * @param instanceCount {@code ResourceConfig.InstanceCount}
 * @param maxRuntimeSeconds {@code StoppingCondition.MaxRuntimeInSeconds}
 * @param debugHookConfig the debugger's configuration
 * @param rules the rules to evaluate while training, in the rules module's {@code DebugRuleConfigurations} shape
 *
 * <p>Immutable.
 */
public record JobSpec(String name, boolean nameIsBase, Map<String, String> hyperParameters, List<Channel> channels,
        @Nullable String outputPath, int instanceCount, long maxRuntimeSeconds, DebugHookSpec debugHookConfig,
        List<RuleConfig> rules) {
    /** SageMaker's default {@code MaxRuntimeInSeconds}: one day. */
    public static final long DEFAULT_MAX_RUNTIME_SECONDS = 86_400;
    /** The hyperparameter holding the number of boosting rounds. */
    public static final String NUM_ROUND = "num_round";

    /**
     * Validates and copies.
     *
     * @param name the name or base name
     * @param nameIsBase whether it is a base name
     * @param hyperParameters the hyperparameters
     * @param channels the channels
     * @param outputPath the output prefix, or null
     * @param instanceCount the instance count
     * @param maxRuntimeSeconds the maximum run time
     * @param debugHookConfig the debugger's configuration
     * @param rules the rules
     */
    public JobSpec {
        Objects.requireNonNull(name, "name");
        hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
        channels = List.copyOf(channels);
        Objects.requireNonNull(debugHookConfig, "debugHookConfig");
        rules = List.copyOf(rules);
    }

    /**
     * Returns a channel by name.
     *
     * @param channelName {@code train} or {@code validation}
     * @return the channel, or empty
     */
    public Optional<Channel> channel(String channelName) {
        return channels.stream().filter(c -> c.channelName().equals(channelName)).findFirst();
    }

    /**
     * Returns the number of boosting rounds.
     *
     * @return {@code num_round}
     * @throws IllegalStateException if it is missing or not an integer (a spec that did not pass validation)
     */
    public int numRound() {
        String text = hyperParameters.get(NUM_ROUND);
        try {
            return Integer.parseInt(Objects.requireNonNull(text, NUM_ROUND).strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalStateException("num_round is not an integer in a validated spec: " + text, e);
        }
    }

    /**
     * Returns the output prefix.
     *
     * @return the prefix, or empty for the jobs home
     */
    public Optional<String> output() {
        return Optional.ofNullable(outputPath);
    }

    /**
     * Returns this spec under a final name.
     *
     * @param trainingJobName the name
     * @return the new spec, whose name is not a base
     */
    public JobSpec withName(String trainingJobName) {
        return new JobSpec(trainingJobName, false, hyperParameters, channels, outputPath, instanceCount,
                maxRuntimeSeconds, debugHookConfig, rules);
    }

    /**
     * Returns this spec with other channels (the same channels, their locations made absolute, say).
     *
     * @param newChannels the channels
     * @return the new spec
     */
    public JobSpec withChannels(List<Channel> newChannels) {
        return new JobSpec(name, nameIsBase, hyperParameters, newChannels, outputPath, instanceCount,
                maxRuntimeSeconds, debugHookConfig, rules);
    }

    /**
     * Returns this spec with an output prefix and a debugger configuration (defaults filled in).
     *
     * @param newOutputPath the output prefix
     * @param newHook the debugger's configuration
     * @return the new spec
     */
    public JobSpec withOutputs(String newOutputPath, DebugHookSpec newHook) {
        return new JobSpec(name, nameIsBase, hyperParameters, channels, newOutputPath, instanceCount,
                maxRuntimeSeconds, newHook, rules);
    }
}
