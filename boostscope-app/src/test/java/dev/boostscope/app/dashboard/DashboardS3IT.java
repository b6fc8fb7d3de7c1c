// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.s3.testing.S3ServerExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard over an {@code s3://} trial root on a real S3-compatible server (S3Proxy on loopback). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DashboardS3IT {
    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private S3ServerExtension.Restorer properties;
    private String bucket;

    @BeforeAll
    void configure() {
        properties = S3.exportSystemProperties();
        bucket = S3.createBucket();
    }

    @AfterAll
    void restore() throws Exception {
        properties.close();
    }

    @Test
    void runs_trialUnderAnS3Prefix_isListedAndFollowedLive() throws Exception {
        URI root = URI.create("s3://" + bucket + "/runs/");
        try (TrialFixture fixture = TrialFixture.create(S3.newStorage(root.resolve("run-1/")), List.of());
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(root.toString())
                        .build()).start()) {
            fixture.writeStep(0);
            fixture.writeStep(1);
            Http http = Http.to(dashboard);

            assertThat(http.get("/api/runs").body()).isEqualTo("{\"runs\":[{\"id\":\"run-1\",\"kind\":\"trial\","
                    + "\"name\":\"run-1\",\"location\":\"s3://" + bucket + "/runs/run-1/\","
                    + "\"status\":\"InProgress\"}]}");
            assertThat(http.get("/api/runs/run-1/confusion/steps").body())
                    .isEqualTo("{\"problem\":\"MULTICLASS\",\"steps\":[0,1]}");
            try (EventStream events = EventStream.open(URI.create(http.base() + "/api/runs/run-1/events"))) {
                assertThat(events.next("hello", WAIT).data()).isEqualTo(
                        "{\"run\":\"run-1\",\"lastStep\":1,\"ended\":false}");
                fixture.writeStep(2);
                fixture.end();

                assertThat(events.next("step", WAIT).data()).startsWith("{\"step\":2,")
                        .contains("\"counts\":[[3,1,0],[0,3,1],[1,0,3]]");
                assertThat(events.next("end", WAIT).data()).isEqualTo("{\"lastStep\":2}");
            }
        }
    }
}
