// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.state.StatusJson;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boostscope jobs list [--status S] [--name-contains X] [--json]}: the jobs of a home, newest first, as
 * ListTrainingJobs.
 *
 * <p>Not thread-safe.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List jobs, newest first (ListTrainingJobs).")
final class JobsListCommand implements Callable<Integer> {
    private static final String ROW = "%-44s %-11s %-19s %-24s %s%n";

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only jobs with this status: InProgress, Completed, Failed, Stopping or Stopped.")
    @Nullable String status;

    @Option(names = "--name-contains", paramLabel = "TEXT", description = "Only jobs whose name contains this text.")
    @Nullable String nameContains;

    @Option(names = "--json", description = "Print ListTrainingJobs JSON ({\"TrainingJobSummaries\": [...]}).")
    boolean json;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainingJobStatus wanted = status == null ? null : TrainingJobStatus.parse(status);
        List<JobDescription> jobs = home.open().list().stream()
                .filter(d -> wanted == null || d.trainingJobStatus() == wanted)
                .filter(d -> nameContains == null || d.name().toLowerCase(Locale.ROOT)
                        .contains(nameContains.toLowerCase(Locale.ROOT)))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StatusJson.MAPPER.writeValueAsString(summaries(jobs)));
        } else {
            out.printf(Locale.ROOT, ROW, "NAME", "STATUS", "SECONDARY", "CREATED", "ROUNDS");
            jobs.forEach(d -> out.printf(Locale.ROOT, ROW, d.name(), d.trainingJobStatus().wireName(),
                    d.secondaryStatus().wireName(), d.status().times().creationTime(), rounds(d)));
        }
        out.flush();
        return 0;
    }

    private static String rounds(JobDescription description) {
        return description.currentProgress().map(p -> p.round() + "/" + p.numRound())
                .orElse("0/" + description.spec().hyperParameters().getOrDefault("num_round", "?"));
    }

    private static ObjectNode summaries(List<JobDescription> jobs) {
        ObjectNode root = StatusJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("TrainingJobSummaries");
        for (JobDescription job : jobs) {
            ObjectNode item = list.addObject().put("TrainingJobName", job.name())
                    .put("CreationTime", job.status().times().creationTime().toString());
            job.status().times().trainingEnd().ifPresent(t -> item.put("TrainingEndTime", t.toString()));
            item.put("LastModifiedTime", job.status().times().lastModifiedTime().toString())
                    .put("TrainingJobStatus", job.trainingJobStatus().wireName())
                    .put("SecondaryStatus", job.secondaryStatus().wireName());
        }
        return root;
    }
}
