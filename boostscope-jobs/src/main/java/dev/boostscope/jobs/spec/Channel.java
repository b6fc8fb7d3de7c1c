// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Objects;

/**
 * One entry of {@code InputDataConfig}: a named channel ({@code train} or {@code validation}), where its data is (an
 * {@code s3://} prefix, a {@code file:} URI or a local path; a file or a folder of files) and its format.
 *
 * @param channelName the channel's name
 * @param s3Uri the data's location, as {@code DataSource.S3DataSource.S3Uri}
 * @param contentType the content type as given
 * @param distribution how the channel is shared between the workers of a multi-worker job
 *
 * <p>Immutable.
 */
public record Channel(String channelName, String s3Uri, String contentType, DataDistribution distribution) {
    /** The channel every job needs. */
    public static final String TRAIN = "train";
    /** The optional evaluation channel. */
    public static final String VALIDATION = "validation";

    /**
     * Validates.
     *
     * @param channelName the channel's name
     * @param s3Uri the data's location
     * @param contentType the content type
     * @param distribution how the workers share it
     */
    public Channel {
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(s3Uri, "s3Uri");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(distribution, "distribution");
    }

    /**
     * Creates a channel every worker sees whole ({@link DataDistribution#FULLY_REPLICATED}).
     *
     * @param channelName the channel's name
     * @param s3Uri the data's location
     * @param contentType the content type
     */
    public Channel(String channelName, String s3Uri, String contentType) {
        this(channelName, s3Uri, contentType, DataDistribution.FULLY_REPLICATED);
    }

    /**
     * Returns the data format the content type names.
     *
     * @return the format
     * @throws IllegalArgumentException if the content type is unknown
     */
    public DataFormat format() {
        return DataFormat.fromContentType(contentType);
    }

    /**
     * Returns whether the data is on S3 (and must be downloaded before training).
     *
     * @return true for an {@code s3://} URI
     */
    public boolean isRemote() {
        return s3Uri.regionMatches(true, 0, "s3://", 0, 5);
    }
}
