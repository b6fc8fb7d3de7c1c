// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Retries and error conversion, against a loopback HTTP server that answers each request with the next scripted
 * status (S3's error XML for errors), so that transient failures happen on demand.
 */
final class S3StorageRetryTest {
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        int status = statuses.isEmpty() ? 200 : statuses.poll();
        String code = status == 404 ? "NoSuchKey" : status == 503 ? "SlowDown" : "InternalError";
        byte[] body = (status == 200 ? "hello" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>scripted</Message></Error>").getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/plain" : "application/xml");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private S3Storage storage(int maxAttempts) {
        return S3Storage.newBuilder().root(URI.create("s3://bucket/run"))
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region("us-east-1").credentials("a", "b").maxAttempts(maxAttempts).build();
    }

    @Test
    void get_transientServerErrors_retriesAndSucceeds() {
        statuses.addAll(List.of(503, 500));
        try (S3Storage storage = storage(3)) {
            assertThat(storage.get("index/a.json")).isEqualTo("hello".getBytes(UTF_8));
        }
        assertThat(requests).hasValue(3);
    }

    @Test
    void get_persistentServerError_throwsStorageExceptionAfterMaxAttempts() {
        statuses.addAll(List.of(500, 500, 500, 500));
        try (S3Storage storage = storage(3)) {
            assertThatThrownBy(() -> storage.get("index/a.json"))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessageStartingWith("get of s3://bucket/run/index/a.json failed: scripted")
                    .hasCauseInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        }
        assertThat(requests).hasValue(3);
    }

    @Test
    void get_missingKey_isNotRetried() {
        statuses.add(404);
        try (S3Storage storage = storage(3)) {
            assertThatThrownBy(() -> storage.get("index/a.json")).isExactlyInstanceOf(NoSuchKeyException.class);
        }
        assertThat(requests).hasValue(1);
    }

    @Test
    void list_serverUnreachable_throwsStorageExceptionWithUriOperationAndCause() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (S3Storage storage = S3Storage.newBuilder().root(URI.create("s3://bucket/run"))
                .endpoint(URI.create("http://127.0.0.1:" + closedPort)).region("us-east-1").credentials("a", "b")
                .maxAttempts(2).build()) {
            assertThatThrownBy(() -> storage.list("index/", null))
                    .isExactlyInstanceOf(StorageException.class)
                    .hasMessageStartingWith("list of s3://bucket/run/index/ failed: ")
                    .hasCauseInstanceOf(SdkClientException.class)
                    .satisfies(e -> assertThat(((StorageException) e).uri()).hasToString("s3://bucket/run/index/"));
        }
    }
}
