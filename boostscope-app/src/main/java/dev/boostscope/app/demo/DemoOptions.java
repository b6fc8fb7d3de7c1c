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
 * @param output the jobs home of the demo: the folder for the data, the job (its trial, model, log), the GIF and the
 *     report
 * @param rounds the boosting rounds (the notebook's 25)
 * @param dashboard whether to serve the dashboard, and until when
 * @param full whether to train on the full MNIST (or Fashion-MNIST) instead of the bundled sample
 * @param s3 an {@code s3://bucket/prefix} for the inputs, the debugger output and the model, or null for the local
 *     folder
 */
public record DemoOptions(Path output, int rounds, DashboardMode dashboard, boolean full, @Nullable URI s3) {
    /**
     * Validates.
     *
     * @param output the output folder
     * @param rounds at least 1
     * @param dashboard the dashboard mode
     * @param full whether to use the full data
     * @param s3 an s3 URI or null
     * @throws IllegalArgumentException if rounds is below 1 or s3 is not an {@code s3://} URI
     */
    public DemoOptions {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(dashboard, "dashboard");
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
        }
        if (s3 != null && (!"s3".equals(s3.getScheme()) || s3.getHost() == null)) {
            throw new IllegalArgumentException("--s3 must be an s3://bucket/prefix URI: '" + s3 + "'");
        }
    }
}
