// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Builds an {@link S3Storage}. Only the root is required; what is not set comes from the environment the way the AWS
 * SDK reads it:
 * <ul>
 *   <li>endpoint: {@code aws.endpointUrlS3}, {@code AWS_ENDPOINT_URL_S3}, {@code aws.endpointUrl},
 *       {@code AWS_ENDPOINT_URL}; none means AWS itself;</li>
 *   <li>path-style addressing: {@code boostscope.s3.pathStyle} / {@code BOOSTSCOPE_S3_PATH_STYLE}, else on exactly
 *       when an endpoint is overridden (S3-compatible servers rarely have per-bucket host names);</li>
 *   <li>region: the SDK's default chain ({@code aws.region}, {@code AWS_REGION}, the profile, instance metadata),
 *       else us-east-1;</li>
 *   <li>credentials: the SDK's default chain (system properties, environment, profile, container, instance);</li>
 *   <li>bucket creation on the first put: {@code boostscope.s3.createBucket} / {@code BOOSTSCOPE_S3_CREATE_BUCKET},
 *       else off.</li>
 * </ul>
 * Each setter validates its value at once and may be called only once.
 *
 * <p>Not thread-safe.
 */
public final class S3StorageBuilder {
    /** Attempts per request when not set: the first try and up to four retries, as smdebug's S3 reader makes. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_PAGE_SIZE = 1000;

    private @Nullable S3Location root;
    private @Nullable URI endpoint;
    private @Nullable Region region;
    private @Nullable AwsCredentialsProvider credentials;
    private @Nullable Boolean pathStyle;
    private @Nullable Boolean createBucket;
    private int maxAttempts;
    private int pageSize;
    private Function<String, @Nullable String> environment = System::getenv;
    private Function<String, @Nullable String> properties = System::getProperty;

    S3StorageBuilder() {
    }

    /**
     * Sets the bucket and prefix all keys are under; repeated {@code /} in the prefix collapse into one.
     *
     * @param root such as {@code s3://my-bucket/runs/run-7}
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code s3://} URI with a valid bucket name
     * @throws IllegalStateException if the root was already set
     */
    public S3StorageBuilder root(URI root) {
        Objects.requireNonNull(root, "root");
        requireUnset(this.root, "root");
        this.root = S3Location.parse(root);
        return this;
    }

    /**
     * Sets the endpoint of an S3-compatible server, which also turns path-style addressing on unless
     * {@link #pathStyle(boolean)} says otherwise.
     *
     * @param endpoint such as {@code http://127.0.0.1:9000}
     * @return this builder
     * @throws IllegalArgumentException if it is not an http or https URL with a host
     * @throws IllegalStateException if the endpoint was already set
     */
    public S3StorageBuilder endpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        requireUnset(this.endpoint, "endpoint");
        this.endpoint = S3Settings.endpoint("endpoint", endpoint.toString());
        return this;
    }

    /**
     * Sets the region requests are signed for.
     *
     * @param region such as {@code eu-west-1}
     * @return this builder
     * @throws IllegalArgumentException if it is not lowercase words joined by {@code -}
     * @throws IllegalStateException if the region was already set
     */
    public S3StorageBuilder region(String region) {
        Objects.requireNonNull(region, "region");
        requireUnset(this.region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "region must be lowercase letters and digits joined by '-', such as eu-west-1: '%s'", region));
        }
        this.region = Region.of(region);
        return this;
    }

    /**
     * Sets static credentials instead of the SDK's default chain.
     *
     * @param accessKey the access key id
     * @param secretKey the secret access key
     * @return this builder
     * @throws IllegalArgumentException if either is blank
     * @throws IllegalStateException if credentials were already set
     */
    public S3StorageBuilder credentials(String accessKey, String secretKey) {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        requireUnset(this.credentials, "credentials");
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("accessKey and secretKey must not be blank");
        }
        this.credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        return this;
    }

    /**
     * Sets whether buckets are addressed in the path ({@code http://host/bucket/key}) rather than the host name.
     *
     * @param pathStyle true for path-style addressing
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public S3StorageBuilder pathStyle(boolean pathStyle) {
        requireUnset(this.pathStyle, "pathStyle");
        this.pathStyle = pathStyle;
        return this;
    }

    /**
     * Sets whether the first put creates the bucket if it does not exist; off by default, so that a mistyped bucket
     * name fails instead of creating a bucket.
     *
     * @param createBucket true to create a missing bucket
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public S3StorageBuilder createBucket(boolean createBucket) {
        requireUnset(this.createBucket, "createBucket");
        this.createBucket = createBucket;
        return this;
    }

    /**
     * Sets how many times a request is tried in all, with exponential backoff between tries.
     *
     * @param maxAttempts from 1 (no retry) to 10; {@value #DEFAULT_MAX_ATTEMPTS} if not set
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @throws IllegalStateException if it was already set
     */
    public S3StorageBuilder maxAttempts(int maxAttempts) {
        requireUnset(this.maxAttempts == 0 ? null : this.maxAttempts, "maxAttempts");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** Sets the keys asked for per ListObjectsV2 page (tests use small pages to exercise paging). */
    S3StorageBuilder pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and 1000: " + pageSize);
        }
        this.pageSize = pageSize;
        return this;
    }

    /** Replaces the environment and system properties the defaults are read from (for tests). */
    S3StorageBuilder settingsFrom(Function<String, @Nullable String> environment,
            Function<String, @Nullable String> properties) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.properties = Objects.requireNonNull(properties, "properties");
        return this;
    }

    /**
     * Builds the storage. It makes no request: a wrong endpoint, bucket or credentials show on the first operation.
     *
     * @return the storage; the caller closes it
     * @throws IllegalStateException if no root was set
     * @throws IllegalArgumentException if a setting read from the environment is malformed
     */
    public S3Storage build() {
        if (root == null) {
            throw new IllegalStateException("root must be set, such as s3://my-bucket/runs/run-7");
        }
        S3Settings settings = S3Settings.read(environment, properties);
        URI effectiveEndpoint = endpoint != null ? endpoint : settings.endpoint();
        boolean effectivePathStyle = pathStyle != null ? pathStyle
                : settings.pathStyle() != null ? settings.pathStyle() : effectiveEndpoint != null;
        boolean effectiveCreateBucket = createBucket != null ? createBucket
                : settings.createBucket() != null && settings.createBucket();
        var client = S3Clients.create(new S3Clients.Settings(effectiveEndpoint, effectivePathStyle, region,
                credentials, maxAttempts == 0 ? DEFAULT_MAX_ATTEMPTS : maxAttempts));
        return new S3Storage(client, root, effectiveCreateBucket, pageSize == 0 ? MAX_PAGE_SIZE : pageSize);
    }

    private static void requireUnset(@Nullable Object current, String name) {
        if (current != null) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s was already set to %s", name, current));
        }
    }
}
