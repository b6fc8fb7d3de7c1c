// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.rules.action.ActionSpec;
import dev.boostscope.rules.action.Actions;
import dev.boostscope.rules.config.ConfiguredRule;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs rules live on a real trial in a folder, read by {@link Trials} while a simulated training writes it round by
 * round and honours the stop request between rounds, as a job does.
 */
final class LiveTrialRuleRunnerTest {
    private static final int NUM_ROUND = 25;

    @TempDir
    Path dir;

    @Test
    void runner_overfittingTrainingOnDisk_stopsBeforeNumRoundWithTheRuleNamed() {
        LocalStorage storage = LocalStorage.open(dir);
        TrialWriter writer = TrialWriter.open(storage, "worker_0");
        writer.writeCollections(metricsCollection());
        List<String> stops = new CopyOnWriteArrayList<>();
        List<RuleStatus> published = new CopyOnWriteArrayList<>();
        ConfiguredRule overfit = RuleFactory.configure(RuleConfig.of("Overfit",
                Map.of("patience", "2", "action_json", "{\"name\":\"stoptraining\"}")));
        try (Trial trial = Trials.newBuilder(dir.toUri()).pollInterval(Duration.ofMillis(20)).open();
                Actions actions = Actions.newBuilder().trainingStopper(stops::add).build();
                RuleRunner runner = RuleRunner.newBuilder().trial(trial).listener(published::add)
                        .addRule(overfit.configurationName(), overfit.rule(), actions.create(overfit.actions()))
                        .addRule("loss", RuleFactory.create("LossNotDecreasing", Map.of("num_steps", "3")), List.of())
                        .build()) {
            runner.start();
            int rounds = train(writer, runner, stops);
            writer.writeEndMarker();

            List<RuleStatus> finals = runner.completion().orTimeout(30, TimeUnit.SECONDS).join();
            // Overfit fires at round 2 (its second overfit round); the stop lands after that round or the next one
            assertThat(rounds).isBetween(3, 4).isLessThan(NUM_ROUND);
            assertThat(stops).containsExactly("Overfit");
            assertThat(finals).extracting(RuleStatus::status)
                    .containsExactly(RuleEvaluationStatus.ISSUES_FOUND, RuleEvaluationStatus.NO_ISSUES_FOUND);
            assertThat(finals.get(0).finding().tensor()).isEqualTo("validation-logloss");
            assertThat(finals.get(0).finding().step()).isEqualTo(2);
            assertThat(published).extracting(s -> s.ruleConfigurationName() + " " + s.status().wireName())
                    .containsSubsequence("Overfit InProgress", "Overfit IssuesFound")
                    .containsSubsequence("loss InProgress", "loss NoIssuesFound");
        }
    }

    /** Writes one round at a time until the stop request, waiting for the rules to see each round. */
    private static int train(TrialWriter writer, RuleRunner runner, List<String> stops) {
        int round = 0;
        while (round < NUM_ROUND && stops.isEmpty()) {
            double train = 0.69 * Math.pow(0.7, round);
            double validation = 0.69 * Math.pow(0.97, round);
            writer.writeStep(List.of(record("train-logloss", train, round), record("validation-logloss", validation,
                    round)));
            int written = round;
            await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> runner.statuses().stream()
                    .allMatch(s -> s.lastEvaluatedStep() >= written || s.status().isFinal()));
            round++;
        }
        return round;
    }

    private static TensorRecord record(String name, double value, int step) {
        return new TensorRecord(name, NdArray.scalar(value), step, Mode.GLOBAL, step, 1.7e9 + step);
    }

    private static CollectionsFile metricsCollection() {
        CollectionEntry metrics = new CollectionEntry("metrics", List.of("^[a-zA-z]+-[a-zA-z0-9]+$"), new TreeSet<>(),
                Map.of(), false);
        return new CollectionsFile(Map.of("metrics", metrics), 1, CollectionsFile.CURRENT_VERSION);
    }
}
