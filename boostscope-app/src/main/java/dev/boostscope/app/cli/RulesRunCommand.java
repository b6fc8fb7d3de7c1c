// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleEvaluationStatus;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope rules run}: evaluates one rule offline over every saved step of a trial (as smdebug's
 * {@code invoke_rule}) and prints the findings. Exits 0 when no issue is found, 3 when the rule fired, 2 for a bad
 * rule, parameter or option.
 *
 * <p>Not thread-safe.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Evaluate a built-in rule (or a user rule from a jar) over a saved trial; exit 3 if it fires.")
final class RulesRunCommand implements Callable<Integer> {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    /** Opens trials by location; a seam for tests. */
    Function<String, Trial> trialOpener = Trials::open;

    @Option(names = "--trial", required = true, paramLabel = "URI",
            description = "The trial: a folder, file: URI or s3://bucket/prefix.")
    String trial;

    @Option(names = "--rule", paramLabel = "NAME",
            description = "A built-in rule (see 'boostscope rules list'), or the name of a user rule.")
    String rule;

    @Option(names = "--param", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A rule parameter, as SageMaker's RuleParameters; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--jar", paramLabel = "FILE", description = "A jar holding a user rule.")
    Path jar;

    @Option(names = "--class", paramLabel = "NAME", description = "The user rule's class, with --jar.")
    String className;

    @Option(names = "--start-step", paramLabel = "N", defaultValue = "0",
            description = "First step to evaluate (default: ${DEFAULT-VALUE}).")
    int startStep;

    @Option(names = "--end-step", paramLabel = "N",
            description = "Step to stop before (exclusive); default: the last saved step.")
    Integer endStep;

    @Option(names = "--worker", paramLabel = "W",
            description = "The worker of a multi-worker trial to read: a name such as worker_1, or 'all' to evaluate "
                    + "every worker and fire when any does (default: the first worker, as --param worker=W).")
    String worker;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkOptions();
        Rule created = createRule();
        RuleReport report;
        try (Trial base = trialOpener.apply(trial)) {
            String chosen = ruleParameters().get(RuleConfig.WORKER);
            if (chosen != null && !chosen.equalsIgnoreCase("all")) {
                WorkerChoice.check(base, chosen);
            }
            report = evaluate(created, base);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(report, base) : toText(report, base));
            out.flush();
        }
        return report.issuesFound() ? BoostscopeCommand.EXIT_RULE_FIRED : CommandLine.ExitCode.OK;
    }

    private void checkOptions() {
        if ((jar == null) != (className == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jar and --class go together");
        }
        if (rule == null && className == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rule (or --jar with --class) is required");
        }
        if (jar != null && !Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--jar must be an existing jar file: '" + jar + "'");
        }
        if (startStep < 0 || endStep != null && endStep < startStep) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "steps must satisfy 0 <= --start-step <= --end-step: %d, %s", startStep, endStep));
        }
        if (worker != null && (parameters.containsKey(RuleConfig.WORKER) || worker.isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--worker must name a worker (or all), and not together with --param worker: '" + worker + "'");
        }
        for (String reserved : List.of(RuleConfig.ACTION_JSON, RuleConfig.SOURCE_JAR, RuleConfig.RULE_TO_INVOKE)) {
            if (parameters.containsKey(reserved)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--param %s is not accepted by 'rules run': actions do not run offline, and the rule comes "
                                + "from --rule or --jar/--class", reserved));
            }
        }
    }

    private Rule createRule() {
        Map<String, String> all = ruleParameters();
        return jar == null ? RuleFactory.create(rule, all) : RuleFactory.loadUserRule(jar, className, all);
    }

    /** Returns the --param values with --worker added (picocli may reuse the option's map between runs). */
    private Map<String, String> ruleParameters() {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (worker != null) {
            all.put(RuleConfig.WORKER, worker);
        }
        return all;
    }

    private RuleReport evaluate(Rule created, Trial base) {
        Map<String, Trial> others = new LinkedHashMap<>();
        try {
            for (String other : created.requirements().otherTrials()) {
                others.put(other, trialOpener.apply(other));
            }
            RuleContext context = new RuleContext(base, others, InstantSource.system());
            return RuleInvoker.invoke(created, context, startStep, endStep == null ? Integer.MAX_VALUE : endStep);
        } finally {
            others.values().forEach(Trial::close);
        }
    }

    private String toText(RuleReport report, Trial base) {
        StringBuilder text = new StringBuilder();
        text.append("rule: ").append(ruleLabel()).append('\n');
        text.append("trial: ").append(base.uri()).append('\n');
        String chosen = ruleParameters().get(RuleConfig.WORKER);
        if (chosen != null) {
            text.append("worker: ").append(chosen).append('\n');
        }
        text.append(String.format(Locale.ROOT, "steps: %d evaluated, %d skipped%n", report.evaluatedSteps().size(),
                report.skippedSteps().size()));
        text.append("status: ").append(status(report).wireName()).append('\n');
        if (report.issuesFound()) {
            text.append(String.format(Locale.ROOT, "findings: %d%n", report.findings().size()));
            for (Finding finding : report.findings()) {
                text.append(String.format(Locale.ROOT, "  step %d  %s  value %s  threshold %s%n    %s%n",
                        finding.step(), finding.tensor().isEmpty() ? "-" : finding.tensor(),
                        number(finding.value()), number(finding.threshold()), finding.message()));
            }
        }
        return text.toString();
    }

    private String toJson(RuleReport report, Trial base) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = mapper.createObjectNode().put("rule", ruleLabel()).put("trial", base.uri().toString())
                .put("status", status(report).wireName());
        String chosen = ruleParameters().get(RuleConfig.WORKER);
        if (chosen != null) {
            node.put("worker", chosen);
        }
        report.evaluatedSteps().forEach(node.putArray("evaluatedSteps")::add);
        report.skippedSteps().forEach(node.putArray("skippedSteps")::add);
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode item = findings.addObject().put("step", finding.step()).put("tensor", finding.tensor());
            putNumber(item, "value", finding.value());
            putNumber(item, "threshold", finding.threshold());
            item.put("message", finding.message());
        }
        return node.toPrettyString() + System.lineSeparator();
    }

    private String ruleLabel() {
        return jar == null ? rule : className;
    }

    private static RuleEvaluationStatus status(RuleReport report) {
        return report.issuesFound() ? RuleEvaluationStatus.ISSUES_FOUND : RuleEvaluationStatus.NO_ISSUES_FOUND;
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    private static String number(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
        return Math.abs(value) >= 1e-4 && Math.abs(value) < 1e9 ? rounded.toPlainString() : rounded.toString();
    }
}
