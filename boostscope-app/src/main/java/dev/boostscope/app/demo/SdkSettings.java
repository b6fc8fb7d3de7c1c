// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Carries the AWS SDK's (and Boostscope's S3) settings that this JVM holds as system properties to a job process as
 * the environment variables the SDK reads there, so that the job talks to the same S3 endpoint with the same
 * credentials. Environment variables rather than {@code -D} options: a command line is visible to every user of the
 * machine, a process's environment only to its owner.
 *
 * <p>Thread-safe (stateless).
 */
final class SdkSettings {
    private static final Map<String, String> PROPERTY_TO_VARIABLE = properties();

    private SdkSettings() {
    }

    /** Returns the variables for the properties that are set. */
    static Map<String, String> asEnvironment(Function<String, @Nullable String> properties) {
        Map<String, String> environment = new LinkedHashMap<>();
        PROPERTY_TO_VARIABLE.forEach((property, variable) -> {
            String value = properties.apply(property);
            if (value != null) {
                environment.put(variable, value);
            }
        });
        return environment;
    }

    private static Map<String, String> properties() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("aws.endpointUrlS3", "AWS_ENDPOINT_URL_S3");
        names.put("aws.endpointUrl", "AWS_ENDPOINT_URL");
        names.put("aws.region", "AWS_REGION");
        names.put("aws.accessKeyId", "AWS_ACCESS_KEY_ID");
        names.put("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY");
        names.put("aws.sessionToken", "AWS_SESSION_TOKEN");
        names.put("aws.profile", "AWS_PROFILE");
        names.put("boostscope.s3.pathStyle", "BOOSTSCOPE_S3_PATH_STYLE");
        names.put("boostscope.s3.createBucket", "BOOSTSCOPE_S3_CREATE_BUCKET");
        return Collections.unmodifiableMap(names);
    }
}
