// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A job's {@code DebugHookConfig}: where the debugger writes the trial and what it saves.
 *
 * <p>The trial goes to {@code LocalPath} when given (a folder, written directly); otherwise to
 * {@code <S3OutputPath>/<TrainingJobName>/debug-output}, where SageMaker puts it; with neither, to the job folder's
 * {@code debug-output}.
 *
 * @param localPath a local folder for the trial, or null
 * @param s3OutputPath a prefix ({@code s3://}, {@code file:} or a path) under which the trial goes, or null
 * @param hookParameters the hook's global parameters ({@code save_interval}, ...)
 * @param collectionConfigurations the collections to save
 *
 * <p>Immutable.
 */
public record DebugHookSpec(@Nullable String localPath, @Nullable String s3OutputPath,
        Map<String, String> hookParameters, List<CollectionSpec> collectionConfigurations) {
    /** The folder under a job's output prefix (and in its job folder) where the trial goes by default. */
    public static final String DEBUG_OUTPUT = "debug-output";

    /**
     * Copies.
     *
     * @param localPath a local folder, or null
     * @param s3OutputPath an output prefix, or null
     * @param hookParameters the hook's parameters
     * @param collectionConfigurations the collections
     */
    public DebugHookSpec {
        hookParameters = Collections.unmodifiableMap(new TreeMap<>(hookParameters));
        collectionConfigurations = List.copyOf(collectionConfigurations);
    }

    /**
     * Returns a configuration with the hook's defaults: no path, no parameters, the hook's default collections.
     *
     * @return the configuration
     */
    public static DebugHookSpec defaults() {
        return new DebugHookSpec(null, null, Map.of(), List.of());
    }

    /**
     * Returns the local folder.
     *
     * @return the folder, or empty
     */
    public Optional<String> local() {
        return Optional.ofNullable(localPath);
    }

    /**
     * Returns the output prefix.
     *
     * @return the prefix, or empty
     */
    public Optional<String> s3Output() {
        return Optional.ofNullable(s3OutputPath);
    }

    /**
     * Returns where the trial of a job goes (SageMaker's {@code latest_job_debugger_artifacts_path}).
     *
     * @param jobName the job's name
     * @return the location, or empty if neither path is set
     */
    public Optional<String> artifactsPath(String jobName) {
        if (localPath != null) {
            return Optional.of(localPath);
        }
        return s3Output().map(prefix -> stripSlash(prefix) + "/" + jobName + "/" + DEBUG_OUTPUT);
    }

    /**
     * Returns this configuration with a local folder.
     *
     * @param path the folder
     * @return the new configuration
     */
    public DebugHookSpec withLocalPath(String path) {
        return new DebugHookSpec(path, s3OutputPath, hookParameters, collectionConfigurations);
    }

    static String stripSlash(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
