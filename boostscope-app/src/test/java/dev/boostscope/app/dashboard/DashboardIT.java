// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON endpoints on a real server (port 0) over a finished three-step trial written as the hook writes, asserted
 * whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DashboardIT {
    private Dashboard dashboard;
    private Http http;
    private String root;

    @BeforeAll
    void start(@TempDir Path folder) {
        try (TrialFixture fixture = TrialFixture.create(folder.resolve("run-1"))) {
            for (int step = 0; step < 3; step++) {
                fixture.writeStep(step);
            }
            fixture.end();
        }
        root = folder.toUri().toString();
        dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(folder.toString()).build()).start();
        http = Http.to(dashboard);
    }

    @AfterAll
    void stop() {
        dashboard.close();
    }

    @Test
    void runs_listsTheTrial() {
        assertThat(json("/api/runs")).isEqualTo("{\"runs\":[{\"id\":\"run-1\",\"kind\":\"trial\",\"name\":\"run-1\","
                + "\"location\":\"${ROOT}run-1/\",\"status\":\"Completed\"}]}");
    }

    @Test
    void run_describesTheTrial() {
        assertThat(json("/api/runs/run-1")).isEqualTo("{\"run\":{\"id\":\"run-1\",\"kind\":\"trial\","
                + "\"name\":\"run-1\",\"location\":\"${ROOT}run-1/\",\"status\":\"Completed\"},"
                + "\"trial\":{\"steps\":[0,1,2],"
                + "\"lastStep\":2,\"ended\":true,\"workers\":[\"worker_0\"],\"collections\":["
                + "{\"name\":\"average_shap\",\"tensors\":4},{\"name\":\"feature_importance\",\"tensors\":8},"
                + "{\"name\":\"hyperparameters\",\"tensors\":1},{\"name\":\"labels\",\"tensors\":1},"
                + "{\"name\":\"metrics\",\"tensors\":2},{\"name\":\"predictions\",\"tensors\":1}],"
                + "\"tensorCount\":17}}");
    }

    @Test
    void metrics_groupsTrainAgainstValidation() {
        assertThat(json("/api/runs/run-1/metrics")).isEqualTo("{\"groups\":[{\"metric\":\"mlogloss\",\"series\":["
                + "{\"name\":\"train-mlogloss\",\"points\":[{\"step\":0,\"value\":1.0},{\"step\":1,\"value\":0.5},"
                + "{\"step\":2,\"value\":0.25}]},"
                + "{\"name\":\"validation-mlogloss\",\"points\":[{\"step\":0,\"value\":1.5},"
                + "{\"step\":1,\"value\":0.75},{\"step\":2,\"value\":0.375}]}]}]}");
    }

    @Test
    void confusionSteps_listsStepsWithPredictions() {
        assertThat(json("/api/runs/run-1/confusion/steps"))
                .isEqualTo("{\"problem\":\"MULTICLASS\",\"steps\":[0,1,2]}");
    }

    @Test
    void confusion_atAStep_countsAndRowShares() {
        assertThat(json("/api/runs/run-1/confusion?step=1")).isEqualTo("{\"step\":1,\"matrix\":{"
                + "\"labels\":[\"0\",\"1\",\"2\"],\"counts\":[[2,2,0],[0,2,2],[2,0,2]],"
                + "\"rowNormalized\":[[0.5,0.5,0.0],[0.0,0.5,0.5],[0.5,0.0,0.5]]}}");
    }

    @Test
    void confusion_withoutStep_isTheLast() {
        assertThat(json("/api/runs/run-1/confusion")).startsWith("{\"step\":2,\"matrix\":{")
                .contains("\"counts\":[[3,1,0],[0,3,1],[1,0,3]]");
    }

    @Test
    void confusion_stepNeverSaved_is404NotRetryable() {
        HttpResponse<String> response = http.get("/api/runs/run-1/confusion?step=7");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no predictions saved at step 7 of trial 'run-1': see GET "
                + ".../confusion/steps\",\"retryable\":false}");
    }

    @Test
    void confusion_badStep_is400() {
        HttpResponse<String> response = http.get("/api/runs/run-1/confusion?step=-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"error\":\"parameter 'step' must be a non-negative integer: '-1'\",\"retryable\":false}");
    }

    @Test
    void classAccuracy_isTheRowSharedDiagonalOverSteps() {
        assertThat(json("/api/runs/run-1/class-accuracy")).isEqualTo("{\"series\":["
                + "{\"name\":\"0\",\"points\":[{\"step\":0,\"value\":0.25},{\"step\":1,\"value\":0.5},"
                + "{\"step\":2,\"value\":0.75}]},"
                + "{\"name\":\"1\",\"points\":[{\"step\":0,\"value\":0.25},{\"step\":1,\"value\":0.5},"
                + "{\"step\":2,\"value\":0.75}]},"
                + "{\"name\":\"2\",\"points\":[{\"step\":0,\"value\":0.25},{\"step\":1,\"value\":0.5},"
                + "{\"step\":2,\"value\":0.75}]}]}");
    }

    @Test
    void importance_topTwoGain() {
        assertThat(json("/api/runs/run-1/importance?type=gain&top=2")).isEqualTo("{\"type\":\"gain\","
                + "\"types\":[\"weight\",\"gain\"],\"step\":2,\"top\":[{\"feature\":\"f0\",\"value\":1.25},"
                + "{\"feature\":\"f1\",\"value\":1.0}],\"series\":["
                + "{\"name\":\"f0\",\"points\":[{\"step\":0,\"value\":1.0},{\"step\":1,\"value\":1.125},"
                + "{\"step\":2,\"value\":1.25}]},"
                + "{\"name\":\"f1\",\"points\":[{\"step\":0,\"value\":0.75},{\"step\":1,\"value\":0.875},"
                + "{\"step\":2,\"value\":1.0}]}]}");
    }

    @Test
    void importance_unknownType_is400ListingTheTypes() {
        HttpResponse<String> response = http.get("/api/runs/run-1/importance?type=cover");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"importance type must be one of [weight, gain]: 'cover'\","
                + "\"retryable\":false}");
    }

    @Test
    void importance_topOutOfRange_is400() {
        assertThat(http.get("/api/runs/run-1/importance?top=0").body())
                .isEqualTo("{\"error\":\"top must be between 1 and 100: 0\",\"retryable\":false}");
        assertThat(http.get("/api/runs/run-1/importance?top=x").statusCode()).isEqualTo(400);
    }

    @Test
    void shap_topFeaturesByMeanAbsoluteValue() {
        assertThat(json("/api/runs/run-1/shap?top=2")).isEqualTo("{\"lastStep\":2,\"features\":["
                + "{\"feature\":\"f3\",\"value\":0.5},{\"feature\":\"f2\",\"value\":0.375}]}");
    }

    private String json(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("status of %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return response.body().replace(root, "${ROOT}");
    }
}
