// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code boostscope serve} for real: a server on a free loopback port, stopped as Ctrl-C stops it. */
final class ServeCommandIT {
    private static final Pattern URL = Pattern.compile("Boostscope dashboard: (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void run_serves_printsItsUrlAndStopsOnRequest() throws Exception {
        Files.createDirectories(dir.resolve("run-1/index"));
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(serve);
        commandLine.setOut(new PrintWriter(out, true));

        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> commandLine.execute("--trials", dir.toString(), "--port", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> URL.matcher(out.toString()).find());
        Matcher url = URL.matcher(out.toString());
        assertThat(url.find()).isTrue();
        HttpResponse<String> runs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "api/runs")).build(),
                HttpResponse.BodyHandlers.ofString());
        serve.stop();

        assertThat(runs.body()).contains("\"id\":\"run-1\"");
        assertThat(code.get()).isZero();
        assertThat(out.toString()).matches("(?s)Boostscope dashboard: http://127\\.0\\.0\\.1:\\d+/\\R"
                + "Serving until Ctrl-C\\.\\R");
    }

}
