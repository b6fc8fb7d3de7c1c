// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.DataFormat;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.rules.config.RuleConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Declares a training job the way the SageMaker SDK's {@code Estimator} does (hyperparameters, maximum run time,
 * debugger configuration, rules) and starts it with {@link #fit}, in the background or waiting for it.
 *
 * <pre>{@code
 * Estimator estimator = Estimator.newBuilder()
 *     .baseJobName("demo-xgboost")
 *     .hyperParameters(Map.of("objective", "multi:softmax", "num_class", "10", "num_round", "25"))
 *     .maxRuntime(Duration.ofMinutes(30))
 *     .build();
 * TrainingJob job = estimator.fit(Map.of("train", "data/train.libsvm", "validation", "data/val.libsvm"), false);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Estimator {
    private final JobsHome home;
    private final String baseJobName;
    private final Map<String, String> hyperParameters;
    private final String contentType;
    private final @Nullable String outputPath;
    private final long maxRuntimeSeconds;
    private final DebugHookSpec debugHookConfig;
    private final List<RuleConfig> rules;
    private final AtomicReference<TrainingJob> latest = new AtomicReference<>();

    private Estimator(Builder builder) {
        this.home = builder.home != null ? builder.home
                : JobsHome.open(JobsHome.resolve(null, System.getenv()), builder.launchOptions());
        this.baseJobName = builder.baseJobName != null ? builder.baseJobName : "xgboost";
        this.hyperParameters = Map.copyOf(builder.hyperParameters);
        this.contentType = builder.contentType != null ? builder.contentType : "libsvm";
        this.outputPath = builder.outputPath;
        this.maxRuntimeSeconds = builder.maxRuntime != null ? builder.maxRuntime.toSeconds()
                : JobSpec.DEFAULT_MAX_RUNTIME_SECONDS;
        this.debugHookConfig = builder.debugHookConfig != null ? builder.debugHookConfig : DebugHookSpec.defaults();
        this.rules = List.copyOf(builder.rules);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Returns the spec {@link #fit} would submit for some inputs.
     *
     * @param inputs channel name ({@code train}, {@code validation}) to location (local path, {@code file:} or
     *     {@code s3://})
     * @return the spec, named by the base name
     */
    public JobSpec spec(Map<String, String> inputs) {
        List<Channel> channels = new ArrayList<>();
        new java.util.TreeMap<>(inputs).forEach((name, uri) -> channels.add(new Channel(name, uri, contentType)));
        return new JobSpec(baseJobName, true, hyperParameters, channels, outputPath, 1, maxRuntimeSeconds,
                debugHookConfig, rules);
    }

    /**
     * Starts a training job, as the SDK's {@code fit(inputs, wait)}. Blocks until the job ends when {@code wait} is
     * true; otherwise returns as soon as its process has started.
     *
     * @param inputs channel name to data location
     * @param wait whether to wait for the job to end
     * @return the job
     * @throws dev.boostscope.jobs.spec.InvalidJobSpecException if the job cannot run
     * @throws BoostscopeException if {@code wait} is true and the job failed
     */
    public TrainingJob fit(Map<String, String> inputs, boolean wait) {
        TrainingJob job = home.create(spec(inputs), "estimator " + baseJobName);
        latest.set(job);
        if (wait) {
            JobDescription end = job.waitFor(Duration.ofSeconds(maxRuntimeSeconds).plusMinutes(5));
            if (end.secondaryStatus() == SecondaryStatus.FAILED) {
                throw new BoostscopeException(String.format(Locale.ROOT, "training job %s failed: %s",
                        job.name(), end.status().failure().orElse("no reason given")));
            }
        }
        return job;
    }

    /**
     * Returns the job the last {@link #fit} started.
     *
     * @return the job, or empty before the first fit
     */
    public Optional<TrainingJob> latestTrainingJob() {
        return Optional.ofNullable(latest.get());
    }

    /**
     * Returns where the last job's debugger writes its trial, as the SDK's {@code latest_job_debugger_artifacts_path}.
     *
     * @return the location, or empty before the first fit
     */
    public Optional<String> latestJobDebuggerArtifactsPath() {
        return latestTrainingJob().map(job -> job.describe().debuggerArtifactsPath());
    }

    /**
     * Builds an {@link Estimator}; each setter validates at once, and may be called once.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private @Nullable JobsHome home;
        private @Nullable LaunchOptions launchOptions;
        private @Nullable String baseJobName;
        private final Map<String, String> hyperParameters = new LinkedHashMap<>();
        private @Nullable String contentType;
        private @Nullable String outputPath;
        private @Nullable Duration maxRuntime;
        private @Nullable DebugHookSpec debugHookConfig;
        private final List<RuleConfig> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the jobs home; default: {@link JobsHome#resolve} with no flag, this JVM's class path.
         *
         * @param value the home
         * @return this builder
         */
        public Builder home(JobsHome value) {
            requireUnset(home, "home");
            home = Objects.requireNonNull(value, "home");
            return this;
        }

        /**
         * Sets how job processes start when no home is given.
         *
         * @param value the options
         * @return this builder
         */
        public Builder launchOptions(LaunchOptions value) {
            requireUnset(launchOptions, "launchOptions");
            launchOptions = Objects.requireNonNull(value, "launchOptions");
            return this;
        }

        /**
         * Sets the base name to which each job's timestamp is added; default {@code xgboost}.
         *
         * @param value letters, digits and hyphens
         * @return this builder
         */
        public Builder baseJobName(String value) {
            requireUnset(baseJobName, "baseJobName");
            if (!dev.boostscope.jobs.spec.JobSpecValidator.NAME.matcher(value).matches()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "base job name must be letters, digits and hyphens: '%s'", value));
            }
            baseJobName = value;
            return this;
        }

        /**
         * Adds hyperparameters, {@code num_round} among them; a key given twice is an error.
         *
         * @param values name to value
         * @return this builder
         */
        public Builder hyperParameters(Map<String, String> values) {
            values.forEach(this::hyperParameter);
            return this;
        }

        /**
         * Adds one hyperparameter.
         *
         * @param name its name, such as {@code max_depth}
         * @param value its value
         * @return this builder
         */
        public Builder hyperParameter(String name, String value) {
            requireUnset(hyperParameters.get(name), "hyperparameter " + name);
            hyperParameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the content type of every input; default {@code libsvm}.
         *
         * @param value {@value DataFormat#ACCEPTED}
         * @return this builder
         */
        public Builder contentType(String value) {
            requireUnset(contentType, "contentType");
            DataFormat.fromContentType(value);
            contentType = value;
            return this;
        }

        /**
         * Sets the prefix under which models go ({@code OutputDataConfig.S3OutputPath}); default: the jobs home.
         *
         * @param value an {@code s3://} URI, a {@code file:} URI or a path
         * @return this builder
         */
        public Builder outputPath(String value) {
            requireUnset(outputPath, "outputPath");
            outputPath = Objects.requireNonNull(value, "outputPath");
            return this;
        }

        /**
         * Sets the maximum run time ({@code MaxRuntimeInSeconds}); default one day.
         *
         * @param value at least one second
         * @return this builder
         */
        public Builder maxRuntime(Duration value) {
            requireUnset(maxRuntime, "maxRuntime");
            if (value.toSeconds() < 1) {
                throw new IllegalArgumentException("max runtime must be at least one second: " + value);
            }
            maxRuntime = value;
            return this;
        }

        /**
         * Sets the debugger configuration; default: the hook's defaults, the trial in the job folder.
         *
         * @param value the configuration
         * @return this builder
         */
        public Builder debugHookConfig(DebugHookSpec value) {
            requireUnset(debugHookConfig, "debugHookConfig");
            debugHookConfig = Objects.requireNonNull(value, "debugHookConfig");
            return this;
        }

        /**
         * Adds a rule to evaluate while training, such as
         * {@code RuleConfig.of("overfit", Map.of("rule_to_invoke", "Overfit", "action_json",
         * "{\"name\":\"stoptraining\"}"))}.
         *
         * @param value the rule configuration
         * @return this builder
         */
        public Builder rule(RuleConfig value) {
            rules.add(Objects.requireNonNull(value, "rule"));
            return this;
        }

        /**
         * Builds the estimator.
         *
         * @return the estimator
         */
        public Estimator build() {
            return new Estimator(this);
        }

        LaunchOptions launchOptions() {
            return launchOptions != null ? launchOptions : LaunchOptions.current();
        }

        private static void requireUnset(@Nullable Object current, String what) {
            if (current != null) {
                throw new IllegalStateException(what + " was already set to " + current);
            }
        }
    }
}
