// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.DataFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A channel's data on local disk, ready to load: one file, in one format.
 *
 * @param channelName {@code train} or {@code validation}
 * @param file the data file
 * @param format its format
 *
 * <p>Immutable.
 */
record StagedChannel(String channelName, Path file, DataFormat format) {
    StagedChannel {
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
