// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageKeys;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@link Storage} on Amazon S3 or an S3-compatible server, rooted at {@code s3://bucket/prefix/}, on the AWS SDK for
 * Java v2. A put is one PutObject, which S3 publishes atomically; a ranged get is an HTTP Range GetObject; a list is
 * ListObjectsV2 with {@code Prefix} and {@code StartAfter}, all pages, with keys returned relative to the prefix.
 * Failed requests are retried with exponential backoff (the SDK's standard strategy); every failure that remains
 * becomes one {@link StorageException} with the object's URI, the operation and the SDK's exception as cause, and a
 * missing key becomes a {@link NoSuchKeyException}.
 *
 * <p>Open one with {@link dev.boostscope.core.storage.Storages#open} for the settings of the environment, or with
 * {@link #newBuilder()}:
 *
 * <pre>{@code
 * try (S3Storage storage = S3Storage.newBuilder()
 *         .root(URI.create("s3://my-bucket/runs/run-7"))
 *         .endpoint(URI.create("http://127.0.0.1:9000"))
 *         .credentials("access", "secret")
 *         .build()) {
 *     storage.put("training_job_end.ts", new byte[0]);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every method blocks on the network.
 */
public final class S3Storage implements Storage {
    private final S3Client client;
    private final S3Location location;
    private final boolean createBucket;
    private final int pageSize;
    private final Object bucketCreation = new Object();

    S3Storage(S3Client client, S3Location location, boolean createBucket, int pageSize) {
        this.client = client;
        this.location = location;
        this.createBucket = createBucket;
        this.pageSize = pageSize;
    }

    /**
     * Returns a builder; only {@link S3StorageBuilder#root(URI)} is required.
     *
     * @return a new builder
     */
    public static S3StorageBuilder newBuilder() {
        return new S3StorageBuilder();
    }

    /**
     * Returns the bucket.
     *
     * @return the bucket name
     */
    public String bucket() {
        return location.bucket();
    }

    /**
     * Returns the key prefix all keys are under.
     *
     * @return the prefix, empty or ending in {@code /}
     */
    public String prefix() {
        return location.prefix();
    }

    @Override
    public URI uri() {
        return location.uri();
    }

    @Override
    public URI uriOf(String key) {
        return location.uriOf(StorageKeys.check(key));
    }

    @Override
    public void put(String key, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(location.bucket()).key(objectKey(key)).build();
        call("put", key, () -> {
            try {
                return client.putObject(request, RequestBody.fromBytes(bytes));
            } catch (S3Exception e) {
                if (!createBucket || !isMissingBucket(e)) {
                    throw e;
                }
                createMissingBucket();
                return client.putObject(request, RequestBody.fromBytes(bytes));
            }
        });
    }

    @Override
    public byte[] get(String key) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(location.bucket()).key(objectKey(key)).build();
        return call("get", key, () -> client.getObjectAsBytes(request).asByteArrayUnsafe());
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "range must be non-negative: offset %d, length %d", offset, length));
        }
        String objectKey = objectKey(key);
        if (length == 0) {
            call("get", key, () -> client.headObject(b -> b.bucket(location.bucket()).key(objectKey)));
            return new byte[0];
        }
        long last = offset > Long.MAX_VALUE - length ? Long.MAX_VALUE : offset + length - 1;
        GetObjectRequest request = GetObjectRequest.builder().bucket(location.bucket()).key(objectKey)
                .range("bytes=" + offset + "-" + last).build();
        return call("get", key, () -> readRange(request, offset, length));
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(location.bucket())
                .prefix(location.objectKey(StorageKeys.checkPrefix(prefix))).maxKeys(pageSize);
        if (startAfter != null) {
            request.startAfter(location.objectKey(serverStartAfter(startAfter)));
        }
        return call("list", prefix, () -> collectKeys(client.listObjectsV2Paginator(request.build()).contents(),
                startAfter));
    }

    @Override
    public boolean exists(String key) {
        String objectKey = objectKey(key);
        return call("exists", key, () -> {
            try {
                client.headObject(b -> b.bucket(location.bucket()).key(objectKey));
                return true;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false; // HEAD has no error body: a missing key and a missing bucket look alike
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String key) {
        String objectKey = objectKey(key);
        call("delete", key, () -> client.deleteObject(b -> b.bucket(location.bucket()).key(objectKey)));
    }

    /** Closes the SDK client and its HTTP connections. */
    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "S3Storage[" + uri() + "]";
    }

    private String objectKey(String key) {
        return location.objectKey(StorageKeys.check(key));
    }

    private byte[] readRange(GetObjectRequest request, long offset, int length) {
        try {
            ResponseBytes<GetObjectResponse> response = client.getObjectAsBytes(request);
            byte[] bytes = response.asByteArrayUnsafe();
            // a server that ignores Range answers 200 with the whole object and no Content-Range
            return response.response().contentRange() != null ? bytes : slice(bytes, offset, length);
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return new byte[0]; // the range starts at or past the end (every range of an empty object does)
            }
            throw e;
        }
    }

    private List<String> collectKeys(Iterable<S3Object> objects, @Nullable String startAfter) {
        List<String> keys = new ArrayList<>();
        for (S3Object object : objects) {
            String key = object.key().substring(location.prefix().length());
            // filter and sort in S3's order whatever order the server used (see serverStartAfter)
            if (isStorageKey(key) && (startAfter == null || StorageKeys.compare(key, startAfter) > 0)) {
                keys.add(key);
            }
        }
        keys.sort(StorageKeys::compare);
        return List.copyOf(keys);
    }

    private void createMissingBucket() {
        synchronized (bucketCreation) {
            Region region = client.serviceClientConfiguration().region();
            try {
                client.createBucket(b -> {
                    b.bucket(location.bucket());
                    if (!Region.US_EAST_1.equals(region)) {
                        b.createBucketConfiguration(c -> c.locationConstraint(region.id()));
                    }
                });
            } catch (BucketAlreadyOwnedByYouException expected) {
                // another writer (or thread) created it first: exactly what was wanted
            }
        }
    }

    private <T> T call(String operation, String keyOrPrefix, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException | UncheckedIOException e) {
            throw failure(operation, keyOrPrefix, e);
        }
    }

    /** The one place where SDK and I/O failures become storage exceptions. */
    private StorageException failure(String operation, String keyOrPrefix, RuntimeException e) {
        URI uri = location.uriOf(keyOrPrefix);
        if (isMissingBucket(e)) {
            return withCause(new StorageException(uri, operation, missingBucket(operation)), e);
        }
        if (e instanceof software.amazon.awssdk.services.s3.model.NoSuchKeyException
                || e instanceof S3Exception s3 && s3.statusCode() == 404) {
            return withCause(new NoSuchKeyException(uri, operation), e);
        }
        return new StorageException(uri, operation, e);
    }

    private String missingBucket(String operation) {
        String bucket = location.bucket();
        String message = String.format(Locale.ROOT, "bucket '%s' does not exist", bucket);
        if (!operation.equals("put")) {
            return message;
        }
        return message + String.format(Locale.ROOT, ": create it (aws s3 mb s3://%s, with --endpoint-url for an "
                + "S3-compatible server), or set %s=true to have the first write create it", bucket,
                S3Settings.CREATE_BUCKET_ENV);
    }

    /**
     * Returns the part of {@code startAfter} before its first character at or above U+D800, where UTF-16 order (used
     * by some S3-compatible servers, S3Proxy among them) and UTF-8 byte order (S3's) part ways. Every key after
     * {@code startAfter} in UTF-8 order is after that part in both orders, so the server returns a superset and
     * {@link #collectKeys} filters it exactly. For ASCII keys, as trials have, it is {@code startAfter} itself.
     */
    private static String serverStartAfter(String startAfter) {
        for (int i = 0; i < startAfter.length(); i++) {
            if (startAfter.charAt(i) >= Character.MIN_SURROGATE) {
                return startAfter.substring(0, i);
            }
        }
        return startAfter;
    }

    private static boolean isMissingBucket(RuntimeException e) {
        return e instanceof NoSuchBucketException
                || e instanceof S3Exception s3 && s3.awsErrorDetails() != null
                        && "NoSuchBucket".equals(s3.awsErrorDetails().errorCode());
    }

    private static boolean isStorageKey(String key) {
        try {
            StorageKeys.check(key);
            return true;
        } catch (IllegalArgumentException expected) {
            // a folder marker ("dir/") or a key with empty segments, written by another tool: not ours to list
            return false;
        }
    }

    private static byte[] slice(byte[] bytes, long offset, int length) {
        int from = (int) Math.min(offset, bytes.length);
        return Arrays.copyOfRange(bytes, from, (int) Math.min((long) from + length, bytes.length));
    }

    private static <E extends StorageException> E withCause(E exception, Throwable cause) {
        exception.initCause(cause);
        return exception;
    }
}
