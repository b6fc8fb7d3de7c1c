// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import dev.boostscope.xgboost.capture.BuiltInCollection;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state and checks behind {@link HookConfig.Builder}, kept apart so that the builder holds only the documented
 * setters.
 *
 * <p>Not thread-safe.
 */
abstract class HookConfigBuilderState {
    private @Nullable URI outputUri;
    private @Nullable SaveConfig saveConfig;
    private final Map<String, CollectionConfig> collections = new LinkedHashMap<>();
    private @Nullable List<String> includeRegex;
    private @Nullable Boolean saveAll;
    private @Nullable IncludeWorkers includeWorkers;
    private int shapSampleRows;
    private @Nullable Long shapSeed;
    private @Nullable Boolean shapFullData;
    private @Nullable Boolean failFast;
    private int maxFailures;
    private int queueCapacity;
    private @Nullable Duration retryBackoff;
    private @Nullable InstantSource clock;

    final void setOutput(URI uri) {
        Objects.requireNonNull(uri, "uri");
        requireUnset(outputUri, "output location");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("output URI must be absolute (file: or s3://): " + uri);
        }
        outputUri = uri;
    }

    final void setSaveConfig(SaveConfig config) {
        requireUnset(saveConfig, "save config");
        saveConfig = Objects.requireNonNull(config, "config");
    }

    /** Replaces the hook's save configuration: the environment override of a JSON configuration. */
    final void replaceSaveConfig(SaveConfig config) {
        saveConfig = Objects.requireNonNull(config, "config");
    }

    final void addCollection(CollectionConfig collection) {
        Objects.requireNonNull(collection, "collection");
        if (collections.containsKey(collection.name())) {
            throw new IllegalArgumentException("collection '" + collection.name() + "' was already added");
        }
        collections.put(collection.name(), collection);
    }

    final void setIncludeRegex(List<String> regexes) {
        requireUnset(includeRegex, "include regex");
        includeRegex = regexes;
    }

    final void setSaveAll(boolean all) {
        requireUnset(saveAll, "save all");
        saveAll = all;
    }

    final void setIncludeWorkers(IncludeWorkers workers) {
        requireUnset(includeWorkers, "include workers");
        includeWorkers = Objects.requireNonNull(workers, "workers");
    }

    final void setShapSampleRows(int rows) {
        requireUnset(shapSampleRows == 0 ? null : shapSampleRows, "SHAP sample rows");
        shapSampleRows = positive("SHAP sample rows", rows);
    }

    final void setShapSeed(long seed) {
        requireUnset(shapSeed, "SHAP seed");
        shapSeed = seed;
    }

    final void setShapFullData(boolean full) {
        requireUnset(shapFullData, "SHAP full data");
        shapFullData = full;
    }

    final void setFailFast(boolean strict) {
        requireUnset(failFast, "fail fast");
        failFast = strict;
    }

    final void setMaxFailures(int failures) {
        requireUnset(maxFailures == 0 ? null : maxFailures, "max failures");
        maxFailures = positive("max failures", failures);
    }

    final void setQueueCapacity(int steps) {
        requireUnset(queueCapacity == 0 ? null : queueCapacity, "queue capacity");
        queueCapacity = positive("queue capacity", steps);
    }

    final void setRetryBackoff(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        requireUnset(retryBackoff, "retry backoff");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("retry backoff must not be negative: " + delay);
        }
        retryBackoff = delay;
    }

    final void setClock(InstantSource source) {
        requireUnset(clock, "clock");
        clock = Objects.requireNonNull(source, "source");
    }

    final boolean hasSaveConfig() {
        return saveConfig != null;
    }

    /** Checks the rules between fields; the values read below are then complete. */
    final HookConfigBuilderState validated() {
        if (outputUri == null) {
            throw new IllegalStateException("output location is required: call outputUri or outputLocation");
        }
        if (Boolean.TRUE.equals(shapFullData) && shapSampleRows != 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "SHAP sample rows (%d) and full-data SHAP exclude each other: set one", shapSampleRows));
        }
        for (CollectionConfig collection : collections.values()) {
            if (BuiltInCollection.byName(collection.name()).isEmpty() && collection.includeRegex().isEmpty()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "collection '%s' is not built in (%s) and has no include regex", collection.name(),
                        BuiltInCollection.names()));
            }
        }
        return this;
    }

    final URI outputUri() {
        return Objects.requireNonNull(outputUri, "outputUri");
    }

    final SaveConfig saveConfig() {
        return saveConfig == null ? SaveConfig.defaults() : saveConfig;
    }

    final Map<String, CollectionConfig> collections() {
        Map<String, CollectionConfig> all = new LinkedHashMap<>();
        all.put(BuiltInCollection.METRICS.collectionName(),
                CollectionConfig.of(BuiltInCollection.METRICS.collectionName()));
        all.putAll(collections);
        return Collections.unmodifiableMap(all);
    }

    final List<String> includeRegex() {
        return includeRegex == null ? List.of() : includeRegex;
    }

    final boolean saveAll() {
        return Boolean.TRUE.equals(saveAll);
    }

    final IncludeWorkers includeWorkers() {
        return includeWorkers == null ? IncludeWorkers.ONE : includeWorkers;
    }

    final int shapSampleRows() {
        return shapSampleRows == 0 ? HookConfig.DEFAULT_SHAP_SAMPLE_ROWS : shapSampleRows;
    }

    final long shapSeed() {
        return shapSeed == null ? 0 : shapSeed;
    }

    final boolean shapFullData() {
        return Boolean.TRUE.equals(shapFullData);
    }

    final boolean failFast() {
        return Boolean.TRUE.equals(failFast);
    }

    final int maxFailures() {
        return maxFailures == 0 ? HookConfig.DEFAULT_MAX_FAILURES : maxFailures;
    }

    final int queueCapacity() {
        return queueCapacity == 0 ? HookConfig.DEFAULT_QUEUE_CAPACITY : queueCapacity;
    }

    final Duration retryBackoff() {
        return retryBackoff == null ? HookConfig.DEFAULT_RETRY_BACKOFF : retryBackoff;
    }

    final InstantSource clock() {
        return clock == null ? InstantSource.system() : clock;
    }

    private static int positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be positive: %d", what, value));
        }
        return value;
    }

    private static void requireUnset(@Nullable Object current, String what) {
        if (current != null) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s was already set to %s", what, current));
        }
    }
}
