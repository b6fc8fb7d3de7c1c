// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.testkit.StorageContract;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

final class S3StorageTest extends StorageContract {
    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static String bucket;

    @Override
    protected Storage newStorage() {
        if (bucket == null) {
            bucket = S3.createBucket();
        }
        return S3.newStorage(URI.create("s3://" + bucket + "/runs/run-" + RUNS.incrementAndGet()));
    }

    private S3Storage s3() {
        return (S3Storage) storage();
    }

    @Test
    void put_key_storesObjectUnderRootPrefix() {
        s3().put("index/a.json", utf8("a"));

        assertThat(S3.client().listObjectsV2(b -> b.bucket(s3().bucket()).prefix(s3().prefix())).contents())
                .extracting(S3Object::key).containsExactly(s3().prefix() + "index/a.json");
        assertThat(s3().prefix()).matches("runs/run-\\d+/");
    }

    @Test
    void uri_rootWithRepeatedSlashes_isCollapsedWithTrailingSlash() {
        try (S3Storage storage = S3.newStorage(URI.create("s3://" + s3().bucket() + "//a//b"))) {
            storage.put("x", utf8("x"));

            assertThat(storage.uri()).isEqualTo(URI.create("s3://" + s3().bucket() + "/a/b/"));
            assertThat(storage.uriOf("index/a b.json"))
                    .isEqualTo(URI.create("s3://" + s3().bucket() + "/a/b/index/a%20b.json"));
            assertThat(S3.client().headObject(b -> b.bucket(s3().bucket()).key("a/b/x")).contentLength()).isOne();
        }
    }

    @Test
    void list_folderMarkerOfOtherTools_isNotListed() {
        S3.client().putObject(b -> b.bucket(s3().bucket()).key(s3().prefix() + "index/"), RequestBody.empty());
        s3().put("index/a.json", utf8("a"));

        assertThat(s3().list("", null)).containsExactly("index/a.json");
    }

    @Test
    void list_moreKeysThanOnePage_returnsAllPages() {
        try (S3Storage paged = S3Storage.newBuilder().root(s3().uri()).endpoint(S3.endpoint()).region(S3.region())
                .credentials(S3.accessKey(), S3.secretKey()).pageSize(2).build()) {
            IntStream.range(0, 7).forEach(i -> paged.put("index/" + i + ".json", utf8("x")));

            assertThat(paged.list("index/", null)).hasSize(7).startsWith("index/0.json").endsWith("index/6.json");
            assertThat(paged.list("index/", "index/2.json")).containsExactly(
                    "index/3.json", "index/4.json", "index/5.json", "index/6.json");
        }
    }

    @Test
    void put_missingBucket_throwsStorageExceptionSayingHowToCreateIt() {
        String missing = S3.unusedBucketName();
        try (S3Storage storage = S3.newStorage(URI.create("s3://" + missing + "/run"))) {
            assertThatThrownBy(() -> storage.put("index/a.json", utf8("a")))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessage("put of s3://" + missing + "/run/index/a.json failed: bucket '" + missing
                            + "' does not exist: create it (aws s3 mb s3://" + missing + ", with --endpoint-url for an "
                            + "S3-compatible server), or set BOOSTSCOPE_S3_CREATE_BUCKET=true to have the first write "
                            + "create it")
                    .hasCauseInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        }
    }

    @Test
    void get_missingBucket_throwsStorageExceptionNotNoSuchKey() {
        String missing = S3.unusedBucketName();
        try (S3Storage storage = S3.newStorage(URI.create("s3://" + missing + "/run"))) {
            assertThatThrownBy(() -> storage.get("index/a.json"))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessage("get of s3://" + missing + "/run/index/a.json failed: bucket '" + missing
                            + "' does not exist");
            assertThatThrownBy(() -> storage.list("index/", null))
                    .isExactlyInstanceOf(StorageException.class).hasMessageContaining("does not exist");
        }
    }

    @Test
    void put_missingBucketWithCreateBucket_createsBucketAndStores() {
        String missing = S3.unusedBucketName();
        try (S3Storage storage = S3Storage.newBuilder().root(URI.create("s3://" + missing + "/run"))
                .endpoint(S3.endpoint()).region(S3.region()).credentials(S3.accessKey(), S3.secretKey())
                .createBucket(true).build()) {
            storage.put("index/a.json", utf8("a"));
            storage.put("index/b.json", utf8("b"));

            assertThat(storage.list("", null)).containsExactly("index/a.json", "index/b.json");
        }
    }

    @Test
    void get_wrongSecretKey_throwsStorageExceptionWithSdkCause() {
        try (S3Storage storage = S3Storage.newBuilder().root(s3().uri()).endpoint(S3.endpoint())
                .region(S3.region()).credentials(S3.accessKey(), "wrong-secret").build()) {
            assertThatThrownBy(() -> storage.get("index/a.json"))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessageStartingWith("get of " + s3().uri() + "index/a.json failed: ")
                    .hasCauseInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class)
                    .satisfies(e -> assertThat(((StorageException) e).operation()).isEqualTo("get"));
        }
    }

    @Test
    void get_missingKey_keepsSdkExceptionAsCause() {
        assertThatThrownBy(() -> s3().get("index/none.json"))
                .isExactlyInstanceOf(NoSuchKeyException.class)
                .hasMessage("get of " + s3().uri() + "index/none.json failed: no such key")
                .hasCauseInstanceOf(software.amazon.awssdk.services.s3.model.NoSuchKeyException.class);
    }

    @Test
    void open_s3UriWithExportedSystemProperties_findsProviderAndServer() {
        s3().put("index/a.json", utf8("from builder"));

        S3ServerExtension.Restorer restorer = S3.exportSystemProperties();
        try (restorer; Storage opened = Storages.open(s3().uri())) {
            assertThat(opened).isInstanceOf(S3Storage.class);
            assertThat(new String(opened.get("index/a.json"), UTF_8)).isEqualTo("from builder");
        }
        assertThat(System.getProperty("aws.endpointUrlS3")).isNull();
    }
}
