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
    void views_missingCollections_sayWhichToEnable() {
        assertThat(http.get("/api/runs/fashion-mnist-seed/importance").body()).isEqualTo("{\"error\":\"no feature "
                + "importance saved in trial 'fashion-mnist-seed': enable the feature_importance collection\","
                + "\"retryable\":false}");
        assertThat(http.get("/api/runs/regression/confusion/steps").body()).isEqualTo("{\"problem\":\"REGRESSION\","
                + "\"steps\":[],\"message\":\"a confusion matrix needs a classification task; this run is "
                + "REGRESSION\"}");
        assertThat(http.get("/api/runs/regression/shap").statusCode()).isEqualTo(404);
    }
}
