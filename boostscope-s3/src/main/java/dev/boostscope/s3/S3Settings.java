// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The S3 settings read from the environment and system properties, the way the AWS SDK reads its own: the endpoint
 * override ({@code aws.endpointUrlS3}, {@code AWS_ENDPOINT_URL_S3}, {@code aws.endpointUrl}, {@code AWS_ENDPOINT_URL},
 * first found wins), and Boostscope's two switches ({@code BOOSTSCOPE_S3_PATH_STYLE} / {@code boostscope.s3.pathStyle},
 * {@code BOOSTSCOPE_S3_CREATE_BUCKET} / {@code boostscope.s3.createBucket}). Region and credentials are left to the
 * SDK's default chains.
 *
 * <p>Immutable.
 *
 * @param endpoint the endpoint override, or null if none
 * @param pathStyle the path-style switch, or null if not set
 * @param createBucket the create-bucket switch, or null if not set
 */
record S3Settings(@Nullable URI endpoint, @Nullable Boolean pathStyle, @Nullable Boolean createBucket) {
    static final String PATH_STYLE_ENV = "BOOSTSCOPE_S3_PATH_STYLE";
    static final String CREATE_BUCKET_ENV = "BOOSTSCOPE_S3_CREATE_BUCKET";

    /**
     * Reads the settings.
     *
     * @param environment looks up an environment variable ({@code System::getenv} in production)
     * @param properties looks up a system property ({@code System::getProperty} in production)
     * @return the settings
     * @throws IllegalArgumentException if a value is malformed, naming the variable and the value
     */
    static S3Settings read(Function<String, @Nullable String> environment,
            Function<String, @Nullable String> properties) {
        Source source = new Source(environment, properties);
        URI endpoint = source.first("aws.endpointUrlS3", "AWS_ENDPOINT_URL_S3")
                .or(() -> source.first("aws.endpointUrl", "AWS_ENDPOINT_URL"))
                .map(found -> endpoint(found.name(), found.value())).orElse(null);
        return new S3Settings(endpoint,
                source.first("boostscope.s3.pathStyle", PATH_STYLE_ENV).map(S3Settings::bool).orElse(null),
                source.first("boostscope.s3.createBucket", CREATE_BUCKET_ENV).map(S3Settings::bool).orElse(null));
    }

    /**
     * Parses an endpoint URL.
     *
     * @param name the setting's name, for the message
     * @param value the text
     * @return an absolute http or https URI with a host
     * @throws IllegalArgumentException if it is not one
     */
    static URI endpoint(String name, String value) {
        try {
            URI uri = URI.create(value.strip());
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s must be an http or https URL such as http://127.0.0.1:9000: '%s'", name, value));
    }

    private static boolean bool(Found found) {
        return switch (found.value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be true or false: '%s'", found.name(), found.value()));
        };
    }

    private record Found(String name, String value) {
    }

    private record Source(Function<String, @Nullable String> environment,
            Function<String, @Nullable String> properties) {
        Optional<Found> first(String property, String variable) {
            String fromProperty = properties.apply(property);
            if (fromProperty != null && !fromProperty.isBlank()) {
                return Optional.of(new Found(property, fromProperty));
            }
            String fromEnvironment = environment.apply(variable);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return Optional.of(new Found(variable, fromEnvironment));
            }
            return Optional.empty();
        }
    }
}
