// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's refusals over real HTTP on a loopback-only server: traversal, unknown runs, security headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DashboardSecurityIT {
    private Dashboard dashboard;
    private Http http;

    @BeforeAll
    void start(@TempDir Path root, @TempDir Path outside) throws Exception {
        Files.createDirectories(root.resolve("run-1/index"));
        Files.writeString(outside.resolve("secret.txt"), "top secret");
        dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(root.toString()).build()).start();
        http = Http.to(dashboard);
    }

    @AfterAll
    void stop() {
        dashboard.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%2f..%2fetc%2fpasswd", "/api/runs/..%2F..%2Fsecret", "/api/runs/%2e%2e",
        "/api/runs/run-1/confusion?step=../../secret.txt", "/api/runs/run-1?x=/etc/passwd",
        "/api/runs/run-1/importance?type=..%2F..%2Fsecret.txt", "/assets/%5c..%5csecret.txt"})
    void get_traversal_isRefusedAndReadsNothing(String path) {
        Http.RawResponse response = http.raw(path, "127.0.0.1");

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.text()).doesNotContain("top secret").doesNotContain("root:");
    }

    @Test
    void get_traversalInParameter_isA400JsonError() {
        HttpResponse<String> response = http.get("/api/runs/run-1?file=../../secret.txt");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"parameter 'file' must not hold '..', a backslash, NUL or "
                + "an absolute path: '../../secret.txt'\",\"retryable\":false}");
    }

    @Test
    void get_unknownRun_is404Json() {
        HttpResponse<String> response = http.get("/api/runs/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"error\":\"no run with id 'nope': see GET /api/runs\",\"retryable\":false}");
    }

    @Test
    void get_unknownEndpoint_is404Json() {
        HttpResponse<String> response = http.get("/api/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no endpoint GET /api/nothing\",\"retryable\":false}");
    }

    @Test
    void get_unknownAsset_is404() {
        assertThat(http.get("/assets/secret.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void get_events_withoutAcceptHeader_is406() {
        HttpResponse<String> response = http.get("/api/runs/run-1/events");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).isEqualTo(
                "{\"error\":\"the event stream needs the header 'Accept: text/event-stream'\",\"retryable\":false}");
    }

    @Test
    void get_eventsOfUnknownRun_is404() {
        HttpResponse<String> response = http.get("/api/runs/nope/events", "Accept", "text/event-stream");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no run with id 'nope'");
    }

    @Test
    void get_page_hasSecurityHeaders() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.body()).contains("<title>Boostscope</title>");
    }

    @Test
    void get_foreignHostHeaderFromLoopback_needsToken() {
        // what DNS rebinding looks like: a loopback connection naming another host
        Http.RawResponse response = http.raw("/api/runs", "evil.example:80");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text()).contains("a token is required").doesNotContain("run-1");
    }
}
