// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.boostscope.rules.Finding;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivers alerts to a real HTTP listener on loopback (port 0). */
final class WebhookActionTest {
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(20));
    private static final RuleAlert ALERT = new RuleAlert("overfit", "Overfit", URI.create("file:/tmp/run-1"),
            new Finding("validation-logloss", 0.25, 0.1, 3, "validation pulls away"),
            Instant.parse("2025-01-01T10:00:00Z"));

    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private Actions actions;
    private volatile int failuresBeforeSuccess;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/alerts", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        actions = Actions.newBuilder().retryPolicy(FAST).build();
    }

    @AfterEach
    void stopServer() {
        gate.countDown();
        server.stop(0);
        actions.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
        int status = requests.incrementAndGet() <= failuresBeforeSuccess ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private WebhookAction webhook() {
        URI url = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/alerts");
        return (WebhookAction) actions.create(List.of(new ActionSpec.Webhook(url))).get(0);
    }

    @Test
    void deliver_listenerAccepts_postsTheFindingAsJson() throws Exception {
        int status = webhook().deliver(ALERT).get(30, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(204);
        assertThat(contentTypes).containsExactly("application/json");
        JsonNode body = new ObjectMapper().readTree(bodies.get(0));
        assertThat(body.toString()).isEqualTo("{\"ruleConfigurationName\":\"overfit\",\"rule\":\"Overfit\","
                + "\"trial\":\"file:/tmp/run-1\",\"time\":\"2025-01-01T10:00:00Z\",\"step\":3,"
                + "\"tensor\":\"validation-logloss\",\"value\":0.25,\"threshold\":0.1,"
                + "\"message\":\"validation pulls away\"}");
    }

    @Test
    void deliver_listenerFailsTwiceThenSucceeds_retriesUntilDelivered() throws Exception {
        failuresBeforeSuccess = 2;

        int status = webhook().deliver(ALERT).get(30, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(204);
        assertThat(requests).hasValue(3);
        assertThat(bodies).hasSize(3).allMatch(body -> body.equals(bodies.get(0)));
    }

    @Test
    void deliver_listenerAlwaysFails_givesUpAfterMaxAttempts() {
        failuresBeforeSuccess = Integer.MAX_VALUE;

        CompletableFuture<Integer> delivery = webhook().deliver(ALERT);

        assertThatThrownBy(() -> delivery.orTimeout(30, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebhookAction.WebhookException.class)
                .hasMessageEndingWith("answered HTTP 500");
        assertThat(requests).hasValue(FAST.maxAttempts());
    }

    @Test
    void onFired_slowListener_returnsWithoutWaiting() {
        gate = new CountDownLatch(1);
        WebhookAction webhook = webhook();

        webhook.onFired(ALERT);

        assertThat(gate.getCount()).isEqualTo(1);
        gate.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> requests.get() == 1);
    }

    @Test
    void deliver_nobodyListening_failsAfterRetries() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts");
        server.stop(0);
        WebhookAction webhook = (WebhookAction) actions.create(List.of(new ActionSpec.Webhook(closed))).get(0);

        assertThatThrownBy(() -> webhook.deliver(ALERT).orTimeout(30, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class);
    }
}
