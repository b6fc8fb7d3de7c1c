// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the SDK client from resolved settings: the small {@code HttpURLConnection} HTTP client, the standard retry
 * strategy (exponential backoff with jitter) with a given number of attempts, and the endpoint, path style, region and
 * credentials given, or else the SDK's default chains.
 *
 * <p>Thread-safe (stateless).
 */
final class S3Clients {
    private S3Clients() {
    }

    /**
     * Resolved client settings.
     *
     * @param endpoint the endpoint override, or null for AWS
     * @param pathStyle whether to address buckets in the path rather than the host name
     * @param region the region, or null for the SDK's default chain, falling back to us-east-1
     * @param credentials the credentials, or null for the SDK's default chain
     * @param maxAttempts attempts per request, retries included
     */
    record Settings(@Nullable URI endpoint, boolean pathStyle, @Nullable Region region,
            @Nullable AwsCredentialsProvider credentials, int maxAttempts) {
    }

    static S3Client create(Settings settings) {
        Region region = settings.region() != null ? settings.region() : defaultRegion(settings.endpoint() == null);
        RetryStrategy retries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts()).build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region)
                .forcePathStyle(settings.pathStyle())
                .overrideConfiguration(o -> o.retryStrategy(retries));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        } else {
            // on AWS itself, a bucket in another region than the default one still works (one redirect, then cached)
            builder.crossRegionAccessEnabled(true);
        }
        if (settings.credentials() != null) {
            builder.credentialsProvider(settings.credentials());
        }
        return builder.build();
    }

    /**
     * Returns the region from the SDK's default chain ({@code aws.region}, {@code AWS_REGION}, the profile, and on
     * AWS the instance metadata), or us-east-1 if none is configured. Instance metadata is skipped for an
     * S3-compatible server, since off EC2 asking it costs seconds before it fails.
     *
     * @param onAws whether the endpoint is AWS itself
     * @return the region
     */
    static Region defaultRegion(boolean onAws) {
        AwsRegionProvider chain = onAws ? new DefaultAwsRegionProviderChain()
                : new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider());
        try {
            return chain.getRegion();
        } catch (SdkClientException e) {
            return Region.US_EAST_1;
        }
    }
}
