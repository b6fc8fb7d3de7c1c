// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.MetricData;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.RuleEvaluationStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The demo's closing lines: how the job ended, its final metrics, the validation accuracy, the steps captured, each
 * rule's evaluation status (from the job's describe) and where everything is.
 *
 * @param end the job's description once it ended
 * @param steps the trial's complete steps
 * @param lastFrame the last step drawn with a confusion matrix, if any
 * @param artifacts the GIF and the report
 * @param dashboard the dashboard's URL, or null without one
 *
 * <p>Immutable.
 */
record DemoSummary(JobDescription end, List<Integer> steps, Optional<LiveStep> lastFrame, DemoArtifacts artifacts,
        @Nullable URI dashboard) {

    /** Prints the summary. */
    void print(PrintWriter out) {
        JobStatus status = end.status();
        int rounds = end.currentProgress().map(Progress::round).orElse(0);
        out.println();
        String secondary = end.secondaryStatus().wireName();
        String primary = end.trainingJobStatus().wireName();
        out.println(String.format(Locale.ROOT, "training job %s %s after %d of %d rounds", end.name(),
                primary.equals(secondary) ? primary : primary + " (" + secondary + ")", rounds, end.spec().numRound()));
        status.failure().ifPresent(reason -> out.println("  failure: " + reason));
        status.stop().ifPresent(reason -> out.println("  stopped: " + reason));
        out.println("final metrics:");
        for (MetricData metric : status.finalMetrics()) {
            out.println(String.format(Locale.ROOT, "  %s %.4f", metric.metricName(), metric.value()));
        }
        lastFrame.ifPresent(frame -> out.println(String.format(Locale.ROOT, "validation accuracy %.4f at step %d",
                frame.confusion().accuracy(), frame.step())));
        out.println("steps captured: " + steps);
        printRules(out, status.ruleStatuses());
        printPlaces(out);
        out.flush();
    }

    private static void printRules(PrintWriter out, List<RuleEvaluationStatus> rules) {
        out.println("rule results:");
        if (rules.isEmpty()) {
            out.println("  none reported");
        }
        for (RuleEvaluationStatus rule : rules) {
            out.println("  " + rule.ruleConfigurationName() + ": " + rule.ruleEvaluationStatus()
                    + rule.details().map(details -> " (" + details + ")").orElse(""));
        }
    }

    private void printPlaces(PrintWriter out) {
        out.println("where everything is:");
        out.println("  trial: " + end.debuggerArtifactsPath());
        out.println("  job folder: " + end.directory() + " (spec.json, status.json, job.log)");
        out.println("  describe it: ./boostscope jobs describe " + end.name() + " --home "
                + end.directory().getParent());
        end.status().model().ifPresent(model -> out.println("  model: " + model));
        out.println("  confusion matrix GIF: " + artifacts.gif().toAbsolutePath());
        out.println("  report: " + artifacts.report().toAbsolutePath());
        if (dashboard != null) {
            out.println("  dashboard: " + dashboard);
        }
    }
}
