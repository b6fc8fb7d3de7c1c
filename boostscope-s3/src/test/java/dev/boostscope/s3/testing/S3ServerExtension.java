// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3.testing;

import static org.awaitility.Awaitility.await;

import dev.boostscope.s3.S3Storage;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: S3Proxy 4 started in-process on {@code 127.0.0.1} at a free port, storing
 * objects in memory, with AWS signature v2/v4 authentication. One server per test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final S3ServerExtension S3 = new S3ServerExtension();
 *
 * @Test
 * void something() {
 *     URI root = URI.create("s3://" + S3.createBucket() + "/run-7/");
 *     try (S3Storage storage = S3.newStorage(root)) { ... }
 * }
 * }</pre>
 *
 * <p>Code that configures itself the SDK's usual way ({@code Storages.open(URI)}, a CLI command) can be pointed at the
 * server with {@link #exportSystemProperties()} in the same JVM, or {@link #environment()} for a child process.
 * Outside JUnit (jqwik's {@code @BeforeContainer}), call {@link #start()} and {@link #stop()} directly. The module
 * using it needs {@code org.gaul:s3proxy} in test scope; the test-jar's {@code logback-test.xml} keeps S3Proxy's
 * logging at WARN.
 *
 * <p>Thread-safe once started.
 */
public final class S3ServerExtension implements BeforeAllCallback, AfterAllCallback {
    /** The access key the server accepts. */
    public static final String ACCESS_KEY = "boostscope-test-access";
    /** The secret key the server accepts. */
    public static final String SECRET_KEY = "boostscope-test-secret";
    /** The region clients sign for. */
    public static final String REGION = "us-east-1";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final AtomicInteger buckets = new AtomicInteger();
    private volatile @Nullable S3Proxy proxy;
    private volatile @Nullable S3Client client;
    private volatile @Nullable URI endpoint;

    /** Creates an extension whose server starts before the test class's first test. */
    public S3ServerExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /**
     * Starts the server and waits until it accepts requests (1-2 s).
     *
     * @throws Exception if S3Proxy cannot start
     * @throws IllegalStateException if already started
     */
    public synchronized void start() throws Exception {
        if (proxy != null) {
            throw new IllegalStateException("S3 server already started at " + endpoint);
        }
        S3Proxy started = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        started.start();
        await("S3Proxy start").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(10))
                .until(() -> "STARTED".equals(started.getState()));
        URI uri = URI.create("http://127.0.0.1:" + started.getPort());
        proxy = started;
        endpoint = uri;
        client = S3Client.builder().endpointOverride(uri).forcePathStyle(true).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /**
     * Stops the server; its objects are gone. Does nothing if not started.
     *
     * @throws Exception if S3Proxy fails to stop
     */
    public synchronized void stop() throws Exception {
        S3Client current = client;
        if (current != null) {
            current.close();
        }
        S3Proxy running = proxy;
        if (running != null) {
            running.stop();
        }
        client = null;
        proxy = null;
        endpoint = null;
    }

    /**
     * Returns the server's URL.
     *
     * @return such as {@code http://127.0.0.1:41234}
     * @throws IllegalStateException if not started
     */
    public URI endpoint() {
        return requireStarted(endpoint);
    }

    /**
     * Returns the access key the server accepts.
     *
     * @return {@link #ACCESS_KEY}
     */
    public String accessKey() {
        return ACCESS_KEY;
    }

    /**
     * Returns the secret key the server accepts.
     *
     * @return {@link #SECRET_KEY}
     */
    public String secretKey() {
        return SECRET_KEY;
    }

    /**
     * Returns the region clients sign for.
     *
     * @return {@link #REGION}
     */
    public String region() {
        return REGION;
    }

    /**
     * Returns an SDK client for the server (path-style, static credentials), for tests that set up or inspect objects
     * directly. Closed by {@link #stop()}.
     *
     * @return the client
     * @throws IllegalStateException if not started
     */
    public S3Client client() {
        return requireStarted(client);
    }

    /**
     * Creates a bucket.
     *
     * @param name a bucket name of 3-63 lowercase letters, digits and {@code -}
     * @return the name
     * @throws IllegalStateException if not started
     */
    public String createBucket(String name) {
        Objects.requireNonNull(name, "name");
        client().createBucket(b -> b.bucket(name));
        return name;
    }

    /**
     * Creates a bucket with a fresh name.
     *
     * @return its name, such as {@code bucket-3}
     * @throws IllegalStateException if not started
     */
    public String createBucket() {
        return createBucket("bucket-" + buckets.incrementAndGet());
    }

    /**
     * Returns a fresh bucket name that does not exist yet, for tests of a missing bucket.
     *
     * @return such as {@code missing-4}
     */
    public String unusedBucketName() {
        return "missing-" + buckets.incrementAndGet();
    }

    /**
     * Opens storage on this server.
     *
     * @param root such as {@code s3://bucket-1/run-7/}; the bucket must exist for anything but reads to succeed
     * @return the storage; the caller closes it
     * @throws IllegalStateException if not started
     */
    public S3Storage newStorage(URI root) {
        return S3Storage.newBuilder().root(root).endpoint(endpoint()).region(REGION)
                .credentials(ACCESS_KEY, SECRET_KEY).pathStyle(true).build();
    }

    /**
     * Returns the environment variables that point the AWS SDK (and so {@code Storages.open}) at this server, for a
     * child process.
     *
     * @return {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_REGION}
     * @throws IllegalStateException if not started
     */
    public Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL_S3", endpoint().toString(), "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY, "AWS_REGION", REGION);
    }

    /**
     * Sets the system properties that point the AWS SDK (and so {@code Storages.open}) at this server in this JVM:
     * {@code aws.endpointUrlS3}, {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code aws.region}. They are
     * JVM-wide, so tests using them must not run in parallel with others that read them.
     *
     * @return a handle that restores the previous values when closed
     * @throws IllegalStateException if not started
     */
    public Restorer exportSystemProperties() {
        Map<String, String> values = Map.of("aws.endpointUrlS3", endpoint().toString(), "aws.accessKeyId", ACCESS_KEY,
                "aws.secretAccessKey", SECRET_KEY, "aws.region", REGION);
        Map<String, @Nullable String> previous = new HashMap<>();
        values.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        return () -> previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "S3ServerExtension[%s]", endpoint);
    }

    private static <T> T requireStarted(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("S3 server not started: register the extension on a static field "
                    + "(@RegisterExtension static final S3ServerExtension S3) or call start()");
        }
        return value;
    }

    /** Restores system properties changed by {@link #exportSystemProperties()}. */
    @FunctionalInterface
    public interface Restorer extends AutoCloseable {
        /** Restores the previous values; never throws. */
        @Override
        void close();
    }
}
