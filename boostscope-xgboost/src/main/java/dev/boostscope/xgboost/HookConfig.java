// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the hook captures and where it writes: the output location (a local folder or {@code s3://}), the hook's
 * {@link SaveConfig} (default every {@value SaveConfig#DEFAULT_INTERVAL} steps), the collections (always including
 * {@code metrics}, as smdebug), SHAP sampling, and how failures are handled. Build one with {@link #newBuilder()} or
 * read SageMaker's DebugHookConfig JSON with {@link #fromJsonFile} / {@link #fromEnvironment()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HookConfig {
    /** Rows of the training data SHAP uses by default: a seeded sample keeps its cost bounded. */
    public static final int DEFAULT_SHAP_SAMPLE_ROWS = 1_000;
    /** Failed writes after which the hook stops writing (training goes on). */
    public static final int DEFAULT_MAX_FAILURES = 5;
    /** Steps the background writer's queue holds by default. */
    public static final int DEFAULT_QUEUE_CAPACITY = 8;
    /** The first retry delay of a failed write by default; it doubles per attempt. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);

    private final URI outputUri;
    private final SaveConfig saveConfig;
    private final Map<String, CollectionConfig> collections;
    private final List<String> includeRegex;
    private final boolean saveAll;
    private final IncludeWorkers includeWorkers;
    private final int shapSampleRows;
    private final long shapSeed;
    private final boolean shapFullData;
    private final boolean failFast;
    private final int maxFailures;
    private final int queueCapacity;
    private final Duration retryBackoff;
    private final InstantSource clock;

    HookConfig(HookConfigBuilderState state) {
        this.outputUri = state.outputUri();
        this.saveConfig = state.saveConfig();
        this.collections = state.collections();
        this.includeRegex = state.includeRegex();
        this.saveAll = state.saveAll();
        this.includeWorkers = state.includeWorkers();
        this.shapSampleRows = state.shapSampleRows();
        this.shapSeed = state.shapSeed();
        this.shapFullData = state.shapFullData();
        this.failFast = state.failFast();
        this.maxFailures = state.maxFailures();
        this.queueCapacity = state.queueCapacity();
        this.retryBackoff = state.retryBackoff();
        this.clock = state.clock();
    }

    /**
     * Returns a builder; each setter validates at once and may be called once, and {@code build()} checks the rules
     * between fields.
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Reads SageMaker's DebugHookConfig JSON ({@code LocalPath} or {@code S3OutputPath}, {@code HookParameters},
     * {@code CollectionConfigurations}); see docs/hook.md for the keys and where Boostscope deliberately differs.
     *
     * @param file the JSON file
     * @return the configuration
     * @throws IllegalArgumentException if the file cannot be read, is not valid JSON, has an unknown key or a bad
     *     value; the message names the file, the key and the value
     */
    public static HookConfig fromJsonFile(Path file) {
        return HookConfigJson.build(HookConfigJson.parseFile(file), file.toString());
    }

    /**
     * Reads the configuration the way smdebug's {@code Hook.create_from_json_file()} finds it: the file named by the
     * environment variable {@code SMDEBUG_CONFIG_FILE_PATH}, else {@code /opt/ml/input/config/debughookconfig.json}
     * if it exists. {@code BOOSTSCOPE_SAVE_CONFIG} (environment) or {@code boostscope.saveConfig} (system property,
     * which wins) then replaces the hook's save configuration, in {@link SaveConfig#parse} form.
     *
     * @return the configuration, or empty if no file is configured
     * @throws IllegalArgumentException if the file is invalid, or the override does not parse
     */
    public static Optional<HookConfig> fromEnvironment() {
        return HookEnvironment.system().load();
    }

    /**
     * Returns the root of the trial.
     *
     * @return an absolute URI such as {@code file:/runs/a/} or {@code s3://bucket/prefix}
     */
    public URI outputUri() {
        return outputUri;
    }

    /**
     * Returns the hook's save configuration, which collections without their own follow.
     *
     * @return the configuration
     */
    public SaveConfig saveConfig() {
        return saveConfig;
    }

    /**
     * Returns the collections saved, by name, in the order given; always holds {@code metrics}.
     *
     * @return the collections; unmodifiable
     */
    public Map<String, CollectionConfig> collections() {
        return collections;
    }

    /**
     * Returns the regexes of smdebug's {@code default} collection.
     *
     * @return the regexes; unmodifiable, possibly empty
     */
    public List<String> includeRegex() {
        return includeRegex;
    }

    /**
     * Returns whether every tensor is saved, in the {@code all} collection.
     *
     * @return true if all are saved
     */
    public boolean saveAll() {
        return saveAll;
    }

    /**
     * Returns which workers of a distributed run write.
     *
     * @return the choice
     */
    public IncludeWorkers includeWorkers() {
        return includeWorkers;
    }

    /**
     * Returns the number of training rows SHAP is computed on, unless {@link #shapFullData()}.
     *
     * @return the sample size
     */
    public int shapSampleRows() {
        return shapSampleRows;
    }

    /**
     * Returns the seed of the SHAP row sample.
     *
     * @return the seed
     */
    public long shapSeed() {
        return shapSeed;
    }

    /**
     * Returns whether SHAP is computed on every training row.
     *
     * @return true for the full data
     */
    public boolean shapFullData() {
        return shapFullData;
    }

    /**
     * Returns whether a capture or storage failure fails training instead of being contained.
     *
     * @return true in strict mode
     */
    public boolean failFast() {
        return failFast;
    }

    /**
     * Returns the number of failed writes after which the hook stops writing.
     *
     * @return the limit, positive
     */
    public int maxFailures() {
        return maxFailures;
    }

    /**
     * Returns how many captured steps may wait for the background writer.
     *
     * @return the capacity, positive
     */
    public int queueCapacity() {
        return queueCapacity;
    }

    /**
     * Returns the delay before the first retry of a failed write; it doubles per attempt.
     *
     * @return the delay
     */
    public Duration retryBackoff() {
        return retryBackoff;
    }

    /**
     * Returns the clock for the wall times recorded in events.
     *
     * @return the clock
     */
    public InstantSource clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "HookConfig[output=" + outputUri + ", saveConfig=" + saveConfig + ", collections="
                + collections.keySet() + ", includeRegex=" + includeRegex + ", saveAll=" + saveAll
                + ", includeWorkers=" + includeWorkers.wireName() + ", shap="
                + (shapFullData ? "full data" : shapSampleRows + " rows, seed " + shapSeed) + ", failFast="
                + failFast + ", maxFailures=" + maxFailures + ", queueCapacity=" + queueCapacity + "]";
    }

    /**
     * Builds a {@link HookConfig}. Every setter validates its argument at once (the message quotes it) and throws
     * {@link IllegalStateException} if the same thing was already set.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder extends HookConfigBuilderState {
        Builder() {
        }

        /**
         * Sets where the trial is written.
         *
         * @param uri an absolute URI: {@code file:} or {@code s3://} (or another scheme a storage provider handles)
         * @return this builder
         * @throws IllegalArgumentException if the URI is not absolute
         * @throws IllegalStateException if the output was already set
         */
        public Builder outputUri(URI uri) {
            setOutput(uri);
            return this;
        }

        /**
         * Sets where the trial is written, as a user types it: a local path or {@code s3://bucket/prefix}.
         *
         * @param location the location
         * @return this builder
         * @throws IllegalArgumentException if the location is blank
         * @throws IllegalStateException if the output was already set
         */
        public Builder outputLocation(String location) {
            setOutput(dev.boostscope.core.storage.Storages.parseLocation(location));
            return this;
        }

        /**
         * Sets the hook's save configuration (default every {@value SaveConfig#DEFAULT_INTERVAL} steps).
         *
         * @param config the configuration
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder saveConfig(SaveConfig config) {
            setSaveConfig(config);
            return this;
        }

        /**
         * Adds a collection.
         *
         * @param collection the collection
         * @return this builder
         * @throws IllegalArgumentException if a collection of that name was already added
         */
        public Builder collection(CollectionConfig collection) {
            addCollection(collection);
            return this;
        }

        /**
         * Adds collections by name, each with its default regexes, following the hook's save configuration.
         *
         * @param names the collection names
         * @return this builder
         * @throws IllegalArgumentException if a name is invalid or already added
         */
        public Builder includeCollections(String... names) {
            for (String name : names) {
                addCollection(CollectionConfig.of(name));
            }
            return this;
        }

        /**
         * Sets the regexes of smdebug's {@code default} collection: any captured tensor they match is saved.
         *
         * @param regexes the regexes, at least one
         * @return this builder
         * @throws IllegalArgumentException if none is given or one does not compile
         * @throws IllegalStateException if they were already set
         */
        public Builder includeRegex(String... regexes) {
            setIncludeRegex(CollectionConfig.checkRegexes(List.of(regexes)));
            return this;
        }

        /**
         * Sets whether every collection is captured and saved (smdebug's {@code save_all}), SHAP included.
         *
         * @param all true to save everything
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder saveAll(boolean all) {
            setSaveAll(all);
            return this;
        }

        /**
         * Sets which workers of a distributed run write (default {@link IncludeWorkers#ONE}).
         *
         * @param workers the choice
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder includeWorkers(IncludeWorkers workers) {
            setIncludeWorkers(workers);
            return this;
        }

        /**
         * Sets how many training rows SHAP uses (default {@value HookConfig#DEFAULT_SHAP_SAMPLE_ROWS}, drawn with
         * {@link #shapSeed}); all rows when the data has fewer.
         *
         * @param rows the sample size, positive
         * @return this builder
         * @throws IllegalArgumentException if the size is not positive
         * @throws IllegalStateException if it was already set
         */
        public Builder shapSampleRows(int rows) {
            setShapSampleRows(rows);
            return this;
        }

        /**
         * Sets the seed of the SHAP row sample (default 0).
         *
         * @param seed the seed
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder shapSeed(long seed) {
            setShapSeed(seed);
            return this;
        }

        /**
         * Sets whether SHAP uses every training row (default false: a sample). Costly on large data.
         *
         * @param full true for the full data
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder shapFullData(boolean full) {
            setShapFullData(full);
            return this;
        }

        /**
         * Sets strict mode: a capture or storage failure fails training (default false: logged once, counted, and
         * training goes on).
         *
         * @param strict true to fail fast
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder failFast(boolean strict) {
            setFailFast(strict);
            return this;
        }

        /**
         * Sets after how many failed writes the hook stops writing (default
         * {@value HookConfig#DEFAULT_MAX_FAILURES}).
         *
         * @param failures the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         * @throws IllegalStateException if it was already set
         */
        public Builder maxFailures(int failures) {
            setMaxFailures(failures);
            return this;
        }

        /**
         * Sets how many captured steps may wait for the writer (default
         * {@value HookConfig#DEFAULT_QUEUE_CAPACITY}); when full, training waits briefly, then drops the step.
         *
         * @param steps the capacity, positive
         * @return this builder
         * @throws IllegalArgumentException if the capacity is not positive
         * @throws IllegalStateException if it was already set
         */
        public Builder queueCapacity(int steps) {
            setQueueCapacity(steps);
            return this;
        }

        /**
         * Sets the delay before the first retry of a failed write (default 100 ms); it doubles per attempt.
         *
         * @param delay the delay, not negative
         * @return this builder
         * @throws IllegalArgumentException if the delay is negative
         * @throws IllegalStateException if it was already set
         */
        public Builder retryBackoff(Duration delay) {
            setRetryBackoff(delay);
            return this;
        }

        /**
         * Sets the clock of the wall times recorded in events (default {@link InstantSource#system()}).
         *
         * @param source the clock
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder clock(InstantSource source) {
            setClock(source);
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @return the configuration
         * @throws IllegalStateException if no output location was set, or SHAP sample rows were set together with
         *     full-data SHAP
         * @throws IllegalArgumentException if a custom collection has no include regex
         */
        public HookConfig build() {
            return new HookConfig(validated());
        }
    }
}
