// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what a job spec's values mean before the job starts: the name, the hyperparameters (unknown names, as
 * SageMaker rejects them, and the values XGBoost would reject late: {@code objective}, {@code num_class},
 * {@code num_round}), the channels and whether their data is readable, the instance count and the rules. Every
 * problem names the key and the value.
 *
 * <p>Thread-safe.
 */
public final class JobSpecValidator {
    /** SageMaker's training job name rule: letters, digits and hyphens, 1 to 63 characters. */
    public static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
    /** The most workers a job may ask for: each is a JVM on this machine. */
    public static final int MAX_INSTANCES = 64;
    private static final Pattern POSITIVE = Pattern.compile("^\\+?\\d{1,9}$");

    private JobSpecValidator() {
    }

    /**
     * Checks a spec. Blocks on I/O: inputs are checked for readability (an S3 listing for remote ones).
     *
     * @param spec the spec
     * @param source the spec's file or origin, for the message
     * @throws InvalidJobSpecException listing every problem
     */
    public static void validate(JobSpec spec, String source) {
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new InvalidJobSpecException(source, problems);
        }
    }

    /**
     * Returns a spec's problems. Blocks on I/O.
     *
     * @param spec the spec
     * @return each problem, naming the key and the value; empty if the spec can run
     */
    public static List<String> problems(JobSpec spec) {
        List<String> problems = new ArrayList<>();
        name(spec, problems);
        hyperParameters(spec, problems);
        channels(spec, problems);
        if (spec.instanceCount() < 1 || spec.instanceCount() > MAX_INSTANCES) {
            problems.add(String.format(Locale.ROOT, "ResourceConfig.InstanceCount: %d is out of range: expected 1 "
                    + "to %d (the number of XGBoost workers)", spec.instanceCount(), MAX_INSTANCES));
        }
        spec.debugHookConfig().local().filter(Inputs::isRemote).ifPresent(path -> problems.add(String.format(
                Locale.ROOT, "DebugHookConfig.LocalPath: '%s' is on S3: expected a local folder "
                        + "(use DebugHookConfig.S3OutputPath for S3)", path)));
        HookConfigs.problem(spec.debugHookConfig()).ifPresent(problems::add);
        rules(spec, problems);
        return problems;
    }

    private static void name(JobSpec spec, List<String> problems) {
        String key = spec.nameIsBase() ? "BaseJobName" : "TrainingJobName";
        if (!NAME.matcher(spec.name()).matches()) {
            problems.add(String.format(Locale.ROOT, "%s: '%s' is not a valid name: expected 1 to 63 letters, "
                    + "digits and hyphens, starting with a letter or digit", key, spec.name()));
        }
    }

    private static void hyperParameters(JobSpec spec, List<String> problems) {
        unknownHyperParameters(spec, problems);
        String rounds = spec.hyperParameters().get(JobSpec.NUM_ROUND);
        if (rounds == null) {
            problems.add("HyperParameters.num_round: required (the number of boosting rounds, a positive integer)");
        } else if (!isPositive(rounds)) {
            problems.add(String.format(Locale.ROOT, "HyperParameters.num_round: '%s' is not a positive integer: "
                    + "expected the number of boosting rounds", rounds));
        }
        earlyStopping(spec, problems);
        String objective = spec.hyperParameters().getOrDefault("objective", Objectives.DEFAULT).strip();
        if (!Objectives.KNOWN.contains(objective)) {
            problems.add(String.format(Locale.ROOT, "HyperParameters.objective: unknown objective '%s': "
                    + "expected one of %s", objective, Objectives.listed()));
        } else if (Objectives.needsNumClass(objective)) {
            numClass(spec.hyperParameters().get("num_class"), objective, problems);
        }
    }

    /** SageMaker's early_stopping_rounds: a positive integer, watching the validation channel's metric. */
    private static void earlyStopping(JobSpec spec, List<String> problems) {
        String rounds = spec.hyperParameters().get("early_stopping_rounds");
        if (rounds == null) {
            return;
        }
        if (!isPositive(rounds)) {
            problems.add(String.format(Locale.ROOT, "HyperParameters.early_stopping_rounds: '%s' is not a positive "
                    + "integer: expected the rounds without improvement of the validation metric before stopping",
                    rounds));
        } else if (spec.channel(Channel.VALIDATION).isEmpty()) {
            problems.add("HyperParameters.early_stopping_rounds: needs a 'validation' channel (early stopping watches "
                    + "the validation metric): add one to InputDataConfig or remove early_stopping_rounds");
        }
    }

    private static void unknownHyperParameters(JobSpec spec, List<String> problems) {
        for (String name : new TreeSet<>(spec.hyperParameters().keySet())) {
            if (!HyperParameterNames.isKnown(name)) {
                String hint = HyperParameterNames.closest(name).map(known -> ": did you mean '" + known + "'?")
                        .orElse("");
                problems.add(String.format(Locale.ROOT, "HyperParameters.%s: unknown hyperparameter%s (expected "
                        + "one of XGBoost's parameters or SageMaker's %s; see docs/jobs.md)", name, hint,
                        HyperParameterNames.SAGEMAKER_KEYS));
            }
        }
    }

    private static void numClass(String numClass, String objective, List<String> problems) {
        if (numClass == null) {
            problems.add(String.format(Locale.ROOT, "HyperParameters.num_class: required for objective '%s' "
                    + "(the number of classes, an integer of at least 2)", objective));
        } else if (!isPositive(numClass) || Integer.parseInt(numClass.strip()) < 2) {
            problems.add(String.format(Locale.ROOT, "HyperParameters.num_class: '%s' is not an integer of at "
                    + "least 2: expected the number of classes for objective '%s'", numClass, objective));
        }
    }

    private static boolean isPositive(String text) {
        return POSITIVE.matcher(text.strip()).matches() && Integer.parseInt(text.strip()) > 0;
    }

    private static void channels(JobSpec spec, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.channels().size(); i++) {
            Channel channel = spec.channels().get(i);
            String path = "InputDataConfig[" + i + "]";
            if (!Set.of(Channel.TRAIN, Channel.VALIDATION).contains(channel.channelName())) {
                problems.add(String.format(Locale.ROOT, "%s.ChannelName: unknown channel '%s': expected train or "
                        + "validation", path, channel.channelName()));
            } else if (!seen.add(channel.channelName())) {
                problems.add(String.format(Locale.ROOT, "%s.ChannelName: channel '%s' is given twice", path,
                        channel.channelName()));
            }
            contentType(channel, path, problems);
            Inputs.problem(channel.s3Uri()).ifPresent(why -> problems.add(String.format(Locale.ROOT,
                    "%s.DataSource.S3DataSource.S3Uri: '%s' is not readable: %s", path, channel.s3Uri(), why)));
        }
        if (spec.channel(Channel.TRAIN).isEmpty()) {
            problems.add(String.format(Locale.ROOT, "InputDataConfig: no 'train' channel: expected a channel with "
                    + "ChannelName 'train' (got: %s)", spec.channels().isEmpty() ? "none"
                    : spec.channels().stream().map(Channel::channelName).collect(Collectors.joining(", "))));
        }
    }

    private static void contentType(Channel channel, String path, List<String> problems) {
        try {
            channel.format();
        } catch (IllegalArgumentException e) {
            problems.add(path + ".ContentType: " + e.getMessage());
        }
    }

    /** Checks names are unique, and that the rules module can build each rule and its actions. */
    private static void rules(JobSpec spec, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.rules().size(); i++) {
            RuleConfig rule = spec.rules().get(i);
            if (!seen.add(rule.configurationName())) {
                problems.add(String.format(Locale.ROOT, "DebugRuleConfigurations[%d].RuleConfigurationName: "
                        + "'%s' is given twice", i, rule.configurationName()));
            }
            try {
                RuleFactory.configure(rule);
            } catch (IllegalArgumentException | BoostscopeException e) {
                problems.add(String.format(Locale.ROOT, "DebugRuleConfigurations[%d] (%s): %s", i,
                        rule.configurationName(), e.getMessage()));
            }
        }
    }
}
