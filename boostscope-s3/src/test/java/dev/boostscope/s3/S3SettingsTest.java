// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class S3SettingsTest {

    private static S3Settings read(Map<String, String> environment, Map<String, String> properties) {
        return S3Settings.read(environment::get, properties::get);
    }

    @Test
    void read_nothingSet_givesNoOverrides() {
        assertThat(read(Map.of(), Map.of())).isEqualTo(new S3Settings(null, null, null));
    }

    @Test
    void read_serviceSpecificEndpoint_winsOverGeneral() {
        S3Settings settings = read(Map.of("AWS_ENDPOINT_URL", "http://general:1", "AWS_ENDPOINT_URL_S3", "http://s3:2"),
                Map.of("aws.endpointUrl", "http://general-property:3"));

        assertThat(settings.endpoint()).isEqualTo(URI.create("http://s3:2"));
    }

    @Test
    void read_systemProperty_winsOverEnvironment() {
        S3Settings settings = read(Map.of("AWS_ENDPOINT_URL_S3", "http://env:1", "BOOSTSCOPE_S3_PATH_STYLE", "true"),
                Map.of("aws.endpointUrlS3", "http://property:2", "boostscope.s3.pathStyle", "false"));

        assertThat(settings.endpoint()).isEqualTo(URI.create("http://property:2"));
        assertThat(settings.pathStyle()).isFalse();
    }

    @Test
    void read_generalEndpointOnly_usesIt() {
        assertThat(read(Map.of("AWS_ENDPOINT_URL", "https://minio.local:9000"), Map.of()).endpoint())
                .isEqualTo(URI.create("https://minio.local:9000"));
    }

    @Test
    void read_switches_acceptTrueFalseSpellings() {
        S3Settings settings = read(Map.of("BOOSTSCOPE_S3_CREATE_BUCKET", " TRUE ", "BOOSTSCOPE_S3_PATH_STYLE", "0"),
                Map.of());

        assertThat(settings.createBucket()).isTrue();
        assertThat(settings.pathStyle()).isFalse();
    }

    @Test
    void read_malformedSwitch_throwsNamingVariableAndValue() {
        assertThatThrownBy(() -> read(Map.of("BOOSTSCOPE_S3_CREATE_BUCKET", "maybe"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BOOSTSCOPE_S3_CREATE_BUCKET must be true or false: 'maybe'");
    }

    @Test
    void read_endpointWithoutScheme_throwsNamingVariableAndValue() {
        assertThatThrownBy(() -> read(Map.of("AWS_ENDPOINT_URL_S3", "127.0.0.1:9000"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AWS_ENDPOINT_URL_S3 must be an http or https URL such as http://127.0.0.1:9000: "
                        + "'127.0.0.1:9000'");
    }

    @Test
    void read_blankValues_areIgnored() {
        assertThat(read(Map.of("AWS_ENDPOINT_URL_S3", " ", "BOOSTSCOPE_S3_PATH_STYLE", ""), Map.of()))
                .isEqualTo(new S3Settings(null, null, null));
    }
}
