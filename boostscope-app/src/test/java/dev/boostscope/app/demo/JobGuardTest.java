// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.Estimator;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's guard on a real job process: a job on 100 generated rows with a million rounds, so that it is still
 * training when the guard closes (a stop ends it after the current round).
 */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class JobGuardTest {
    @TempDir
    Path home;

    @Test
    void close_unlessTheDemoFollowedTheJobToItsEnd_stopsTheJob() throws IOException {
        TrainingJob job = startEndlessJob();
        await().atMost(Duration.ofMinutes(3))
                .until(() -> job.describe().secondaryStatus() == SecondaryStatus.TRAINING);

        JobGuard followedToTheEnd = JobGuard.watch(job);
        followedToTheEnd.ended();
        followedToTheEnd.close();
        assertThat(job.describe().secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);
        JobGuard.watch(job).close();

        JobDescription end = job.waitFor(Duration.ofMinutes(3));
        assertThat(end.secondaryStatus()).as(job.logs()).isEqualTo(SecondaryStatus.STOPPED);
        assertThat(end.status().stop()).contains(TrainingJob.USER_STOP_REASON);
    }

    private TrainingJob startEndlessJob() throws IOException {
        Path train = home.resolve("tiny.libsvm");
        Files.writeString(train, IntStream.range(0, 100).mapToObj(row -> String.format(Locale.ROOT, "%d 1:%d 2:%d",
                row % 2, row, row % 7)).collect(Collectors.joining("\n", "", "\n")));
        Estimator estimator = Estimator.newBuilder().home(JobsHome.open(home)).baseJobName("guarded")
                .hyperParameters(Map.of("objective", "binary:logistic", "max_depth", "2", "num_round", "1000000"))
                .build();
        return estimator.fit(Map.of("train", train.toString()), false);
    }
}
