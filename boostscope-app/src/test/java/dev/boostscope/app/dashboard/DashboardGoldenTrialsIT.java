// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The endpoints over the golden trials that smdebug itself wrote during real XGBoost training (kept in
 * boostscope-core's test resources): every view either answers or says which collection to enable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DashboardGoldenTrialsIT {
    private static final Path GOLDEN = Path.of("../boostscope-core/src/test/resources/golden/trials");

    private Dashboard dashboard;
    private Http http;

    @BeforeAll
    void start() {
        assertThat(GOLDEN).as("golden trials, read from the module folder").isDirectory();
        dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(GOLDEN.toString()).build()).start();
        http = Http.to(dashboard);
    }

    @AfterAll
    void stop() {
        dashboard.close();
    }

    @Test
    void runs_listsEveryGoldenTrialAsCompleted() {
        assertThat(http.get("/api/runs").body()).contains("\"id\":\"all-collections-multiclass\"")
                .contains("\"id\":\"binary-auc\"").contains("\"id\":\"fashion-mnist-seed\"")
                .contains("\"id\":\"regression\"").doesNotContain("InProgress");
    }

    @Test
    void confusion_notebookRun_isTheNotebooksLastMatrix() {
        HttpResponse<String> response = http.get("/api/runs/fashion-mnist-seed/confusion");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"step\":24,\"matrix\":{\"labels\":[\"0\",\"1\",\"2\",\"3\",\"4\","
                + "\"5\",\"6\",\"7\",\"8\",\"9\"],\"counts\":[[838,0,17,50,7,1,76,0,11,0],[5,938,6,38,4,0,5,0,4,0],");
        assertThat(http.get("/api/runs/fashion-mnist-seed/confusion/steps").body())
                .isEqualTo("{\"problem\":\"MULTICLASS\",\"steps\":[0,3,6,9,12,15,18,21,24]}");
    }

    @Test
    void views_everyCollection_answer() {
        for (String view : new String[] {"", "/metrics", "/confusion", "/class-accuracy", "/importance", "/shap"}) {
            HttpResponse<String> response = http.get("/api/runs/all-collections-multiclass" + view);
            assertThat(response.statusCode()).as("%s: %s", view, response.body()).isEqualTo(200);
        }
        assertThat(http.get("/api/runs/binary-auc/confusion/steps").body()).startsWith("{\"problem\":\"BINARY\"");
    }

    @Test
    void views_missingCollections_answerEmptySayingWhichToEnable() {
        assertThat(ok("/api/runs/fashion-mnist-seed/importance")).isEqualTo("{\"types\":[],\"step\":-1,\"top\":[],"
                + "\"series\":[],\"message\":\"no feature importance saved yet: enable the feature_importance "
                + "collection\"}");
        assertThat(ok("/api/runs/fashion-mnist-seed/shap")).isEqualTo("{\"lastStep\":-1,\"features\":[],"
                + "\"message\":\"no SHAP values saved yet: enable the average_shap collection\"}");
        assertThat(ok("/api/runs/regression/confusion/steps")).isEqualTo("{\"problem\":\"REGRESSION\","
                + "\"steps\":[],\"message\":\"a confusion matrix needs a classification task; this run is "
                + "REGRESSION\"}");
        assertThat(ok("/api/runs/regression/shap")).contains("\"features\":[]", "enable the average_shap collection");
    }

    @Test
    void views_missingCollectionsWithBadParameterOrUnknownRun_areStillRefused() {
        assertThat(http.get("/api/runs/fashion-mnist-seed/importance?top=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/runs/fashion-mnist-seed/shap?top=101").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/runs/no-such-run/shap").statusCode()).isEqualTo(404);
    }

    private String ok(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("status of %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
