// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Finds the hook configuration from the environment, as {@link HookConfig#fromEnvironment()} documents; the lookups
 * are injectable so tests need not change the process environment.
 *
 * <p>Immutable.
 */
final class HookEnvironment {
    static final String CONFIG_PATH_VARIABLE = "SMDEBUG_CONFIG_FILE_PATH";
    static final Path SAGEMAKER_CONFIG = Path.of("/opt/ml/input/config/debughookconfig.json");
    static final String SAVE_CONFIG_VARIABLE = "BOOSTSCOPE_SAVE_CONFIG";
    static final String SAVE_CONFIG_PROPERTY = "boostscope.saveConfig";

    private final UnaryOperator<@Nullable String> environment;
    private final UnaryOperator<@Nullable String> properties;
    private final Path defaultFile;

    HookEnvironment(UnaryOperator<@Nullable String> environment, UnaryOperator<@Nullable String> properties,
            Path defaultFile) {
        this.environment = environment;
        this.properties = properties;
        this.defaultFile = defaultFile;
    }

    static HookEnvironment system() {
        return new HookEnvironment(System::getenv, System::getProperty, SAGEMAKER_CONFIG);
    }

    Optional<HookConfig> load() {
        String path = environment.apply(CONFIG_PATH_VARIABLE);
        Path file = path != null && !path.isBlank() ? Path.of(path.strip())
                : Files.isRegularFile(defaultFile) ? defaultFile : null;
        if (file == null) {
            return Optional.empty();
        }
        HookConfig.Builder builder = HookConfigJson.parseFile(file);
        overrideSaveConfig(builder);
        return Optional.of(HookConfigJson.build(builder, file.toString()));
    }

    private void overrideSaveConfig(HookConfig.Builder builder) {
        String property = properties.apply(SAVE_CONFIG_PROPERTY);
        String name = property != null ? "system property " + SAVE_CONFIG_PROPERTY : SAVE_CONFIG_VARIABLE;
        String text = property != null ? property : environment.apply(SAVE_CONFIG_VARIABLE);
        if (text == null) {
            return;
        }
        try {
            builder.replaceSaveConfig(SaveConfig.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
