// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.jobs.state.StatusJson;
import dev.boostscope.xgboost.HookConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a job's {@code DebugHookConfig} into the hook's {@link HookConfig} through the hook's own reader of SageMaker's
 * JSON: the job writes {@code debughookconfig.json} (as SageMaker writes {@code /opt/ml/input/config/}) with the
 * trial's resolved location, and {@link HookConfig#fromJsonFile} reads it.
 *
 * <p>Thread-safe.
 */
public final class HookConfigs {
    /** The file name, as SageMaker's. */
    public static final String FILE = "debughookconfig.json";

    private HookConfigs() {
    }

    /**
     * Writes the hook's JSON for a job and reads it back as the hook's configuration. Blocks on I/O.
     *
     * @param hook the job's debugger configuration
     * @param artifactsPath where the trial goes (a local folder or an {@code s3://} prefix)
     * @param file where to write the JSON
     * @return the hook's configuration
     * @throws IllegalArgumentException if the hook rejects a parameter, naming it and the value
     */
    public static HookConfig write(DebugHookSpec hook, String artifactsPath, Path file) {
        ObjectNode json = JobSpecs.hook(hook);
        json.remove("LocalPath");
        json.remove("S3OutputPath");
        json.put(Inputs.isRemote(artifactsPath) ? "S3OutputPath" : "LocalPath", artifactsPath);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, StatusJson.bytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return HookConfig.fromJsonFile(file);
    }

    /**
     * Checks the parameters of a debugger configuration with the hook's reader. Blocks on I/O (a temporary file).
     *
     * @param hook the configuration
     * @return the problem, naming the key and the value, or empty if the hook accepts it
     */
    public static Optional<String> problem(DebugHookSpec hook) {
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("boostscope-", "-" + FILE);
            write(hook, file.resolveSibling("boostscope-hook-check").toString(), file);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String prefix = "hook config " + file + ": ";
            String message = String.valueOf(e.getMessage());
            return Optional.of("DebugHookConfig: " + (message.startsWith(prefix)
                    ? message.substring(prefix.length()) : message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check DebugHookConfig in a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left in the temp folder is harmless
        }
    }
}
