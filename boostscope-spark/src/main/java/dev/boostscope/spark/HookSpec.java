// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import dev.boostscope.xgboost.CollectionConfig;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link HookConfig} in a form Spark can ship to its executors: every setting in its string or primitive form,
 * rebuilt into an equal configuration on the executor. The clock is not carried: executors use the system clock.
 *
 * @param outputUri the trial's root
 * @param saveConfig the hook's save configuration, in {@link SaveConfig#parse} form
 * @param collections the collections
 * @param includeRegex the regexes of the {@code default} collection
 * @param saveAll whether every tensor is saved
 * @param includeWorkers which workers write, in wire form
 * @param shap the SHAP settings
 * @param failures the failure handling
 *
 * <p>Immutable.
 */
record HookSpec(String outputUri, String saveConfig, List<CollectionSpec> collections, List<String> includeRegex,
        boolean saveAll, String includeWorkers, ShapSpec shap, FailureSpec failures) implements Serializable {
    private static final long serialVersionUID = 1L;

    HookSpec {
        Objects.requireNonNull(outputUri, "outputUri");
        Objects.requireNonNull(saveConfig, "saveConfig");
        collections = List.copyOf(collections);
        includeRegex = List.copyOf(includeRegex);
        Objects.requireNonNull(includeWorkers, "includeWorkers");
        Objects.requireNonNull(shap, "shap");
        Objects.requireNonNull(failures, "failures");
    }

    /** Returns the shippable form of a configuration. */
    static HookSpec of(HookConfig config) {
        List<CollectionSpec> collections = new ArrayList<>();
        for (CollectionConfig collection : config.collections().values()) {
            collections.add(new CollectionSpec(collection.name(), collection.includeRegex(),
                    collection.saveConfig().map(SaveConfig::toString).orElse(null)));
        }
        return new HookSpec(config.outputUri().toString(), config.saveConfig().toString(), collections,
                config.includeRegex(), config.saveAll(), config.includeWorkers().wireName(),
                new ShapSpec(config.shapSampleRows(), config.shapSeed(), config.shapFullData()),
                new FailureSpec(config.failFast(), config.maxFailures(), config.queueCapacity(),
                        config.retryBackoff()));
    }

    /** Rebuilds the configuration. */
    HookConfig toConfig() {
        HookConfig.Builder builder = HookConfig.newBuilder().outputLocation(outputUri)
                .saveConfig(SaveConfig.parse(saveConfig)).saveAll(saveAll)
                .includeWorkers(IncludeWorkers.parse(includeWorkers));
        collections.forEach(c -> builder.collection(c.toConfig()));
        if (!includeRegex.isEmpty()) {
            builder.includeRegex(includeRegex.toArray(String[]::new));
        }
        if (shap.fullData()) {
            builder.shapFullData(true);
        } else {
            builder.shapSampleRows(shap.sampleRows());
        }
        return builder.shapSeed(shap.seed()).failFast(failures.failFast()).maxFailures(failures.maxFailures())
                .queueCapacity(failures.queueCapacity()).retryBackoff(failures.retryBackoff()).build();
    }

    /** A collection: its name, regexes and own save configuration (null when it follows the hook's). */
    record CollectionSpec(String name, List<String> includeRegex, @Nullable String saveConfig)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        CollectionSpec {
            Objects.requireNonNull(name, "name");
            includeRegex = List.copyOf(includeRegex);
        }

        CollectionConfig toConfig() {
            CollectionConfig config = saveConfig == null ? CollectionConfig.of(name)
                    : CollectionConfig.of(name, SaveConfig.parse(saveConfig));
            return includeRegex.isEmpty() ? config : config.withIncludeRegex(includeRegex.toArray(String[]::new));
        }
    }

    /** The SHAP settings. */
    record ShapSpec(int sampleRows, long seed, boolean fullData) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** How the hook handles its own failures. */
    record FailureSpec(boolean failFast, int maxFailures, int queueCapacity, Duration retryBackoff)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        FailureSpec {
            Objects.requireNonNull(retryBackoff, "retryBackoff");
        }
    }
}
