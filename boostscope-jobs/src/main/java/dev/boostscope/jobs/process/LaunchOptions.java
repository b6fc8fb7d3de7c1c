// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How job processes are started: the class path they run with, extra JVM options, and environment variables added to
 * the launcher's own (S3 endpoint and credentials, say).
 *
 * @param classPath the class path, entries separated by the platform's separator; relative entries are made absolute
 * @param jvmOptions options placed before the main class, such as {@code -Xmx2g}
 * @param environment variables added to the inherited environment
 *
 * <p>Immutable.
 */
public record LaunchOptions(String classPath, List<String> jvmOptions, Map<String, String> environment) {
    /** The environment variable holding extra JVM options for job processes, split on whitespace. */
    public static final String JAVA_OPTS_ENV = "BOOSTSCOPE_JOB_JAVA_OPTS";

    /**
     * Validates and copies.
     *
     * @param classPath the class path
     * @param jvmOptions JVM options
     * @param environment extra environment variables
     */
    public LaunchOptions {
        Objects.requireNonNull(classPath, "classPath");
        if (classPath.isBlank()) {
            throw new IllegalArgumentException("class path must not be blank");
        }
        jvmOptions = List.copyOf(jvmOptions);
        environment = Collections.unmodifiableMap(new TreeMap<>(environment));
    }

    /**
     * Returns the options of this JVM: its class path, the JVM options from {@value #JAVA_OPTS_ENV}, no extra
     * environment.
     *
     * @return the options
     */
    public static LaunchOptions current() {
        String opts = System.getenv(JAVA_OPTS_ENV);
        List<String> jvm = opts == null || opts.isBlank() ? List.of() : List.of(opts.strip().split("\\s+"));
        return new LaunchOptions(System.getProperty("java.class.path"), jvm, Map.of());
    }

    /**
     * Returns these options with more JVM options.
     *
     * @param options the options to add, such as {@code -Xmx1g}
     * @return the new options
     */
    public LaunchOptions withJvmOptions(List<String> options) {
        List<String> merged = new java.util.ArrayList<>(jvmOptions);
        merged.addAll(options);
        return new LaunchOptions(classPath, merged, environment);
    }

    /**
     * Returns these options with more environment variables.
     *
     * @param variables the variables to add
     * @return the new options
     */
    public LaunchOptions withEnvironment(Map<String, String> variables) {
        Map<String, String> merged = new TreeMap<>(environment);
        merged.putAll(variables);
        return new LaunchOptions(classPath, jvmOptions, merged);
    }
}
