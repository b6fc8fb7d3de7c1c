// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleParameters;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a user rule: a public class implementing {@link Rule}, from a jar, through its own {@link URLClassLoader}
 * whose parent is the loader of the rule API. The class needs a public constructor taking {@link RuleParameters},
 * a {@code Map<String, String>}, or nothing (then no parameters may be given).
 *
 * <p>The class loader stays open while the rule lives (its classes load lazily).
 *
 * <p>Thread-safe.
 */
final class UserRules {
    private UserRules() {
    }

    static Rule load(Path jar, String className, Map<String, String> parameters) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("source_jar must be an existing jar file: '" + jar + "'");
        }
        Class<? extends Rule> type = ruleClass(jar, className);
        RuleParameters ruleParameters = RuleParameters.of(type.getSimpleName(), parameters);
        try {
            return instantiate(type, ruleParameters);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e.getCause();
            }
            throw new RuleException(String.format(Locale.ROOT,
                    "constructor of user rule %s from %s failed", className, jar), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "user rule %s from %s needs a public constructor taking RuleParameters, Map<String, String> or "
                            + "nothing", className, jar), e);
        }
    }

    private static Class<? extends Rule> ruleClass(Path jar, String className) {
        ClassLoader loader = new URLClassLoader("boostscope-user-rule", new URL[] {toUrl(jar)},
                Rule.class.getClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "class '%s' not found in %s: %s", className, jar, e), e);
        }
        if (!Rule.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "class '%s' in %s does not implement %s", className, jar, Rule.class.getName()));
        }
        return type.asSubclass(Rule.class);
    }

    private static Rule instantiate(Class<? extends Rule> type, RuleParameters parameters)
            throws ReflectiveOperationException {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] types = constructor.getParameterTypes();
            if (types.length == 1 && types[0] == RuleParameters.class) {
                return type.cast(constructor.newInstance(parameters));
            }
            if (types.length == 1 && types[0] == Map.class) {
                return type.cast(constructor.newInstance(parameters.asMap()));
            }
        }
        if (!parameters.asMap().isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "user rule %s takes no parameters but was given %s", type.getName(),
                    parameters.asMap().keySet()));
        }
        return type.getConstructor().newInstance();
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("source_jar is not a usable path: '" + jar + "'", e);
        }
    }
}
