// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON endpoints and the event stream over a trial written by two workers (issue #10): worker_1's losses are
 * twice worker_0's, its predictions stay as bad as worker_0's first step and its gain importance is reversed.
 */
final class DashboardWorkersIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void views_twoWorkers_perWorkerSeriesAndViewsOfTheChosenWorker() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        List<TrialFixture> workers = TrialFixture.createWorkers(trials.resolve("run-2"), 2);
        for (int step = 0; step < 2; step++) {
            for (TrialFixture worker : workers) {
                worker.writeStep(step);
            }
        }
        workers.get(0).end();
        workers.forEach(TrialFixture::close);
        try (Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                .build()).start()) {
            Http http = Http.to(dashboard);

            assertThat(json(http, "/api/runs/run-2")).contains("\"workers\":[\"worker_0\",\"worker_1\"]");
            assertThat(json(http, "/api/runs/run-2/metrics/workers")).isEqualTo("{\"workers\":["
                    + "{\"worker\":\"worker_0\",\"groups\":[{\"metric\":\"mlogloss\",\"series\":["
                    + "{\"name\":\"train-mlogloss\",\"points\":[{\"step\":0,\"value\":1.0},"
                    + "{\"step\":1,\"value\":0.5}]},"
                    + "{\"name\":\"validation-mlogloss\",\"points\":[{\"step\":0,\"value\":1.5},{\"step\":1,"
                    + "\"value\":0.75}]}]}]},"
                    + "{\"worker\":\"worker_1\",\"groups\":[{\"metric\":\"mlogloss\",\"series\":["
                    + "{\"name\":\"train-mlogloss\",\"points\":[{\"step\":0,\"value\":2.0},"
                    + "{\"step\":1,\"value\":1.0}]},"
                    + "{\"name\":\"validation-mlogloss\",\"points\":[{\"step\":0,\"value\":3.0},{\"step\":1,"
                    + "\"value\":1.5}]}]}]}]}");
            assertThat(json(http, "/api/runs/run-2/metrics?worker=worker_1"))
                    .contains("{\"name\":\"train-mlogloss\",\"points\":[{\"step\":0,\"value\":2.0},");
            assertThat(json(http, "/api/runs/run-2/confusion?step=1&worker=worker_0"))
                    .contains("\"counts\":[[2,2,0],[0,2,2],[2,0,2]]");
            assertThat(json(http, "/api/runs/run-2/confusion?step=1&worker=worker_1"))
                    .contains("\"counts\":[[1,3,0],[0,1,3],[3,0,1]]");
            assertThat(json(http, "/api/runs/run-2/importance?type=gain&top=1&worker=worker_1"))
                    .contains("\"top\":[{\"feature\":\"f3\",");
            assertThat(json(http, "/api/runs/run-2/importance?type=gain&top=1"))
                    .contains("\"top\":[{\"feature\":\"f0\",");
        }
    }

    @Test
    void views_badWorker_is400NamingTheWorkers() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        List<TrialFixture> workers = TrialFixture.createWorkers(trials.resolve("run-2"), 2);
        workers.forEach(worker -> worker.writeStep(0));
        workers.get(0).end();
        workers.forEach(TrialFixture::close);
        try (Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                .build()).start()) {
            HttpResponse<String> unknown = Http.to(dashboard).get("/api/runs/run-2/metrics?worker=worker_7");
            HttpResponse<String> malformed = Http.to(dashboard).get("/api/runs/run-2/shap?worker=%3Cb%3E");

            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).isEqualTo("{\"error\":\"parameter 'worker' must be one of the workers of trial "
                    + "'run-2' (worker_0, worker_1): 'worker_7'\",\"retryable\":false}");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).isEqualTo("{\"error\":\"parameter 'worker' must be a worker name such as "
                    + "'worker_0': '<b>'\",\"retryable\":false}");
        }
    }

    @Test
    void events_twoWorkersWritingWhileWatching_stepCarriesEveryWorkersMetrics() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        List<TrialFixture> workers = TrialFixture.createWorkers(trials.resolve("run-2"), 2);
        try (Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                .build()).start();
                EventStream events = EventStream.open(URI.create("http://127.0.0.1:" + dashboard.port()
                        + "/api/runs/run-2/events"))) {
            assertThat(events.next("hello", WAIT).data()).isEqualTo("{\"run\":\"run-2\",\"lastStep\":-1,"
                    + "\"ended\":false}");
            workers.get(0).writeStep(0);
            workers.get(1).writeStep(0);
            workers.get(0).end();

            assertThat(events.next("step", WAIT).data()).startsWith("{\"step\":0,\"ended\":")
                    .contains("\"metrics\":[{\"name\":\"train-mlogloss\",\"value\":1.0},"
                            + "{\"name\":\"validation-mlogloss\",\"value\":1.5}]")
                    .endsWith("\"workerMetrics\":{"
                            + "\"worker_0\":[{\"name\":\"train-mlogloss\",\"value\":1.0},"
                            + "{\"name\":\"validation-mlogloss\",\"value\":1.5}],"
                            + "\"worker_1\":[{\"name\":\"train-mlogloss\",\"value\":2.0},"
                            + "{\"name\":\"validation-mlogloss\",\"value\":3.0}]}}");
            assertThat(events.next("end", WAIT).data()).isEqualTo("{\"lastStep\":0}");
        } finally {
            workers.forEach(TrialFixture::close);
        }
    }

    private static String json(Http http, String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("status of %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
