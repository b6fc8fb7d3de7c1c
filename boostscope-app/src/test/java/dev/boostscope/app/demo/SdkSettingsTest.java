// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class SdkSettingsTest {
    @Test
    void asEnvironment_setProperties_becomeTheVariablesTheSdkReads() {
        Map<String, String> properties = Map.of("aws.endpointUrlS3", "http://127.0.0.1:9000",
                "aws.accessKeyId", "key", "aws.secretAccessKey", "secret", "aws.region", "eu-west-1",
                "boostscope.s3.pathStyle", "true", "unrelated.property", "x");

        assertThat(SdkSettings.asEnvironment(properties::get)).containsExactly(
                Map.entry("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000"), Map.entry("AWS_REGION", "eu-west-1"),
                Map.entry("AWS_ACCESS_KEY_ID", "key"), Map.entry("AWS_SECRET_ACCESS_KEY", "secret"),
                Map.entry("BOOSTSCOPE_S3_PATH_STYLE", "true"));
    }

    @Test
    void asEnvironment_nothingSet_isEmpty() {
        assertThat(SdkSettings.asEnvironment(name -> null)).isEmpty();
    }
}
