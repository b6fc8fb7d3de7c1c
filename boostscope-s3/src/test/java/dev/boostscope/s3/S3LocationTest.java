// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class S3LocationTest {

    @ParameterizedTest
    @CsvSource({
        "s3://bucket,               bucket, ''",
        "s3://bucket/,              bucket, ''",
        "s3://bucket///,            bucket, ''",
        "s3://bucket/run-7,         bucket, run-7/",
        "s3://bucket/run-7/,        bucket, run-7/",
        "s3://bucket//a//b///c,     bucket, a/b/c/",
        "S3://my.bucket_1/a%20b/,   my.bucket_1, a b/",
    })
    void parse_validUri_givesBucketAndNormalisedPrefix(String uri, String bucket, String prefix) {
        S3Location location = S3Location.parse(URI.create(uri));

        assertThat(location).isEqualTo(new S3Location(bucket, prefix));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://bucket/p", "s3:///p", "s3://ab/p", "s3://-bucket/p", "s3://bucket/p?x=1",
        "s3://bucket/p#f", "s3://user@bucket/p", "bucket/p"})
    void parse_invalidUri_throwsIllegalArgumentNamingIt(String uri) {
        assertThatThrownBy(() -> S3Location.parse(URI.create(uri)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("S3 location must look like s3://bucket/prefix")
                .hasMessageEndingWith(": '" + uri + "'");
    }

    @ParameterizedTest
    @CsvSource({"s3://bucket, s3://bucket/", "s3://bucket//run//7, s3://bucket/run/7/"})
    void uri_afterParse_isCanonicalWithTrailingSlash(String uri, String canonical) {
        assertThat(S3Location.parse(URI.create(uri)).uri()).isEqualTo(URI.create(canonical));
    }
}
