// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.testkit.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RunCatalogTest {
    @TempDir
    Path root;
    private final ManualClock clock = ManualClock.create();

    @Test
    void list_trialsUnderRoot_listedWithStatus() throws Exception {
        Files.createDirectories(root.resolve("exp/a/index"));
        Files.createDirectories(root.resolve("exp/b/index"));
        Files.createFile(root.resolve("exp/b/training_job_end.ts"));

        try (RunCatalog catalog = new RunCatalog(List.of(root.toUri()), null, clock)) {
            assertThat(catalog.list()).extracting(l -> l.run().id(), RunListing::status, l -> l.run().kind())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("exp~a", "InProgress", RunKind.TRIAL),
                            org.assertj.core.groups.Tuple.tuple("exp~b", "Completed", RunKind.TRIAL));
        }
    }

    @Test
    void list_withinRefreshInterval_doesNotScanAgain() throws Exception {
        try (RunCatalog catalog = new RunCatalog(List.of(root.toUri()), null, clock)) {
            assertThat(catalog.list()).isEmpty();
            Files.createDirectories(root.resolve("late/index"));

            assertThat(catalog.list()).isEmpty();
            clock.advance(RunCatalog.REFRESH_INTERVAL);
            assertThat(catalog.list()).extracting(l -> l.run().id()).containsExactly("late");
        }
    }

    @Test
    void find_unknownId_scansOnceMore() throws Exception {
        try (RunCatalog catalog = new RunCatalog(List.of(root.toUri()), null, clock)) {
            catalog.list();
            Files.createDirectories(root.resolve("new-run/index"));

            assertThat(catalog.find("new-run")).map(l -> l.run().trialUri())
                    .contains(root.resolve("new-run").toUri());
            assertThat(catalog.find("missing")).isEmpty();
        }
    }

    @Test
    void find_idsStayStable_whenOtherTrialsAppear() throws Exception {
        Files.createDirectories(root.resolve("b/x/index"));
        try (RunCatalog catalog = new RunCatalog(List.of(root.toUri()), null, clock)) {
            assertThat(catalog.list()).extracting(l -> l.run().id()).containsExactly("b~x");
            Files.createDirectories(root.resolve("a/x/index"));
            clock.advance(Duration.ofSeconds(5));

            assertThat(catalog.list()).extracting(l -> l.run().id()).containsExactly("a~x", "b~x");
        }
    }

    @Test
    void list_twoRootsWithSameTrialName_getDistinctIds(@TempDir Path other) throws Exception {
        Files.createDirectories(root.resolve("run/index"));
        Files.createDirectories(other.resolve("run/index"));

        try (RunCatalog catalog = new RunCatalog(List.of(root.toUri(), other.toUri()), null, clock)) {
            assertThat(catalog.list()).extracting(l -> l.run().id()).containsExactly("run", "run-2");
        }
    }

    @Test
    void list_rootIsATrial_namedAfterItsFolder() throws Exception {
        Path trial = Files.createDirectories(root.resolve("my-trial"));
        Files.createDirectories(trial.resolve("index"));

        try (RunCatalog catalog = new RunCatalog(List.of(trial.toUri()), null, clock)) {
            assertThat(catalog.list()).extracting(l -> l.run().id(), l -> l.run().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("my-trial", "my-trial"));
        }
    }
}
