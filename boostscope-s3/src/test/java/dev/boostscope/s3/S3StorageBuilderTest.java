// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class S3StorageBuilderTest {

    @Test
    void root_setTwice_throwsIllegalStateNamingCurrentValue() {
        S3StorageBuilder builder = S3Storage.newBuilder().root(URI.create("s3://bucket/a"));

        assertThatThrownBy(() -> builder.root(URI.create("s3://bucket/b")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("root was already set to ");
    }

    @Test
    void setters_setTwice_throwIllegalState() {
        S3StorageBuilder builder = S3Storage.newBuilder().endpoint(URI.create("http://127.0.0.1:9000"))
                .region("eu-west-1").credentials("a", "b").pathStyle(true).createBucket(false).maxAttempts(2);

        assertThatThrownBy(() -> builder.endpoint(URI.create("http://127.0.0.1:9001")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("endpoint was already set to http://127.0.0.1:9000");
        assertThatThrownBy(() -> builder.region("us-east-1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("region was already set to eu-west-1");
        assertThatThrownBy(() -> builder.credentials("c", "d")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.pathStyle(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.createBucket(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.maxAttempts(3))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxAttempts was already set to 2");
    }

    @Test
    void setters_invalidValues_throwIllegalArgumentNamingValue() {
        S3StorageBuilder builder = S3Storage.newBuilder();

        assertThatThrownBy(() -> builder.root(URI.create("file:/tmp/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'file:/tmp/x'");
        assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://host")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint must be an http or https URL such as http://127.0.0.1:9000: 'ftp://host'");
        assertThatThrownBy(() -> builder.region("EU West"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'EU West'");
        assertThatThrownBy(() -> builder.credentials(" ", "secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessKey");
        assertThatThrownBy(() -> builder.maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be between 1 and 10: 0");
    }

    @Test
    void build_withoutRoot_throwsIllegalState() {
        assertThatThrownBy(() -> S3Storage.newBuilder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("root must be set");
    }

    @Test
    void build_malformedEnvironment_throwsIllegalArgumentNamingVariable() {
        S3StorageBuilder builder = S3Storage.newBuilder().root(URI.create("s3://bucket/run"))
                .settingsFrom(Map.of("AWS_ENDPOINT_URL", "nope")::get, name -> null);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AWS_ENDPOINT_URL must be");
    }

    @Test
    void build_validSettings_makesNoRequestAndReportsRoot() {
        try (S3Storage storage = S3Storage.newBuilder().root(URI.create("s3://bucket//runs/run-7"))
                .endpoint(URI.create("http://127.0.0.1:1")).region("us-east-1").credentials("a", "b").build()) {
            assertThat(storage.uri()).isEqualTo(URI.create("s3://bucket/runs/run-7/"));
            assertThat(storage.bucket()).isEqualTo("bucket");
            assertThat(storage.prefix()).isEqualTo("runs/run-7/");
            assertThat(storage).hasToString("S3Storage[s3://bucket/runs/run-7/]");
        }
    }
}
