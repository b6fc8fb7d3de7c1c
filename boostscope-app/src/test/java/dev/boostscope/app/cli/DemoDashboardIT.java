// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo with its dashboard on a free port: the dashboard's API is fetched at the printed URL while the job runs
 * (right when the URL is printed, before the demo goes on) and after it ended (when the summary is printed, before the
 * dashboard closes), and that by default the demo exits with the job. 7 rounds instead of 25 (steps 0, 3,
 * 6): the trial itself is checked by {@link DemoCommandTest}.
 */
final class DemoDashboardIT {
    private static final Pattern URL = Pattern.compile("^dashboard: (http://127\\.0\\.0\\.1:\\d+/)$");
    private static final Pattern JOB_NAME = Pattern.compile("^Training job name: (\\S+)$");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> fetched = new ConcurrentHashMap<>();
    private final List<Throwable> failures = new ArrayList<>();
    private String jobName = "";
    private String url = "";

    @TempDir
    Path output;

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_byDefault_servesTheJobWhileItRunsAndExitsWithIt() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(new LineProbe(out, this::probe), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));

        int exitCode = commandLine.execute("demo", "--rounds", "7", "--output",
                output.toString());

        assertThat(failures).isEmpty();
        assertThat(exitCode).as(out.toString()).isZero();
        JsonNode runs = fetched.get("while training");
        assertThat(runs.path("runs")).anySatisfy(run -> {
            assertThat(run.path("name").asText()).isEqualTo(jobName);
            assertThat(run.path("kind").asText()).isEqualTo("job");
            assertThat(run.path("status").asText()).isEqualTo("InProgress");
        });
        JsonNode run = fetched.get("after the job");
        assertThat(run.path("job").path("TrainingJobStatus").asText()).isEqualTo("Completed");
        assertThat(run.path("job").path("DebugRuleEvaluationStatuses")).hasSize(2);
        assertThat(run.path("trial").path("lastStep").asInt()).isEqualTo(6);
        assertThat(fetched.get("confusion").path("step").asInt()).isEqualTo(6);
        assertThat(out.toString()).contains("  dashboard: " + url)
                .doesNotContain("until Ctrl-C").contains("--keep-serving");
        DemoOutput.assertRoundLines(out.toString(), 7);
        assertThatThrownBy(() -> get("api/runs")).isInstanceOf(ConnectException.class);
    }

    /** Runs on the demo's thread as it prints each line, so the demo waits for the requests. */
    private void probe(String line) {
        try {
            Matcher name = JOB_NAME.matcher(line);
            Matcher dashboard = URL.matcher(line);
            if (name.matches()) {
                jobName = name.group(1);
            } else if (dashboard.matches()) {
                url = dashboard.group(1);
                fetched.put("while training", get("api/runs"));
            } else if (line.startsWith("  report: ")) {
                fetched.put("after the job", get("api/runs/" + jobName));
                fetched.put("confusion", get("api/runs/" + jobName + "/confusion"));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            failures.add(e);
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Passes text through to a writer and each complete line to a consumer. */
    private static final class LineProbe extends Writer {
        private final Writer target;
        private final Consumer<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineProbe(Writer target, Consumer<String> lines) {
            this.target = target;
            this.lines = lines;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            target.write(buffer, offset, length);
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines.accept(line.toString());
                    line.setLength(0);
                } else if (buffer[i] != '\r') {
                    line.append(buffer[i]);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
