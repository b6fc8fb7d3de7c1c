// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Locale;

/**
 * How a channel's data is shared between the workers of a multi-worker job, as SageMaker's
 * {@code S3DataDistributionType}.
 *
 * <p>Immutable.
 */
public enum DataDistribution {
    /**
     * Every worker sees the whole channel. The training channel's rows are then split between the workers by rank
     * (row {@code i} goes to worker {@code i % N}); the validation channel is evaluated whole on every worker.
     */
    FULLY_REPLICATED("FullyReplicated"),
    /** Each worker reads its own files of the channel: file {@code i}, in key order, goes to worker {@code i % N}. */
    SHARDED_BY_S3_KEY("ShardedByS3Key");

    private final String wireName;

    DataDistribution(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name the job spec uses.
     *
     * @return {@code FullyReplicated} or {@code ShardedByS3Key}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Parses the job spec's value.
     *
     * @param text {@code FullyReplicated} or {@code ShardedByS3Key}
     * @return the value
     * @throws IllegalArgumentException if the text is neither
     */
    public static DataDistribution parse(String text) {
        for (DataDistribution value : values()) {
            if (value.wireName.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "S3DataDistributionType: unknown value '%s': expected FullyReplicated or ShardedByS3Key", text));
    }
}
