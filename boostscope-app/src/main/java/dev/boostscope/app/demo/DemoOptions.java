// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code boostscope demo} was asked to do.
 *
 * <p>Immutable.
 *
 * @param output the folder for the trial, the GIF and the report
 * @param rounds the boosting rounds (the notebook's 25)
 * @param dashboard whether to serve the dashboard (and keep serving after the job ends)
 * @param full whether to train on the full MNIST (or Fashion-MNIST) instead of the bundled sample
 * @param s3 an {@code s3://bucket/prefix} for the inputs and the debugger output, or null for the local folder
 */
public record DemoOptions(Path output, int rounds, boolean dashboard, boolean full, @Nullable URI s3) {
    /**
     * Validates.
     *
     * @param output the output folder
     * @param rounds at least 1
     * @param dashboard whether to serve the dashboard
     * @param full whether to use the full data
     * @param s3 an s3 URI or null
     */
    public DemoOptions {
        Objects.requireNonNull(output, "output");
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
        }
        if (s3 != null && !"s3".equals(s3.getScheme())) {
            throw new IllegalArgumentException("--s3 must be an s3://bucket/prefix URI: '" + s3 + "'");
        }
    }
}
