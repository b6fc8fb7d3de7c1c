// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.RuleException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A rule evaluated on the worker its {@code worker} parameter chooses (issue #10): one named worker, read through
 * {@link Trials#workerView}, or {@code all}, where every worker gets its own instance of the rule (rules keep state
 * between steps) and the rule fires when any worker trips it. Findings of a multi-worker trial name the worker. Without
 * the parameter a rule is not wrapped and reads, as smdebug, the first worker (by name) that saved each step.
 *
 * <p>Not thread-safe, as rules need not be.
 */
final class WorkerScopedRule implements Rule {
    /** The value of the {@code worker} parameter that evaluates every worker. */
    static final String ALL = "all";

    private final Supplier<Rule> factory;
    private final Rule prototype;
    private final @Nullable String worker;
    private final Map<String, Rule> perWorker = new TreeMap<>();

    private WorkerScopedRule(Supplier<Rule> factory, @Nullable String worker) {
        this.factory = factory;
        this.prototype = factory.get();
        this.worker = worker;
    }

    /**
     * Creates a rule through a factory, scoped to the worker its {@code worker} parameter names, if any.
     *
     * @param ruleName the rule name, for error messages
     * @param parameters every parameter, {@code worker} included
     * @param factory creates the rule from the parameters without {@code worker}
     * @return the rule, wrapped when {@code worker} is given
     * @throws IllegalArgumentException if the factory rejects a parameter
     */
    static Rule create(String ruleName, Map<String, String> parameters, Function<Map<String, String>, Rule> factory) {
        Optional<String> chosen = RuleParameters.of(ruleName, parameters).text(RuleConfig.WORKER);
        Map<String, String> rest = new LinkedHashMap<>(parameters);
        rest.remove(RuleConfig.WORKER);
        if (chosen.isEmpty()) {
            return factory.apply(rest);
        }
        String value = chosen.get();
        return new WorkerScopedRule(() -> factory.apply(rest), value.equalsIgnoreCase(ALL) ? null : value);
    }

    @Override
    public String name() {
        return prototype.name();
    }

    @Override
    public RuleRequirements requirements() {
        return prototype.requirements();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        return dispatch(context, (rule, scoped) -> rule.evaluate(scoped, step));
    }

    @Override
    public RuleResult checkIdle(RuleContext context) {
        return dispatch(context, Rule::checkIdle);
    }

    @Override
    public String toString() {
        return prototype.name() + "[worker=" + (worker == null ? ALL : worker) + "]";
    }

    private RuleResult dispatch(RuleContext context, BiFunction<Rule, RuleContext, RuleResult> evaluation) {
        List<String> workers = context.baseTrial().workers();
        if (worker != null) {
            checkKnown(context.baseTrial(), workers);
            return named(evaluation.apply(prototype, scoped(context, worker)), worker, workers.size());
        }
        if (workers.isEmpty()) {
            return evaluation.apply(prototype, context);
        }
        return everyWorker(context, workers, evaluation);
    }

    private RuleResult everyWorker(RuleContext context, List<String> workers,
            BiFunction<Rule, RuleContext, RuleResult> evaluation) {
        Map<String, Finding> fired = new LinkedHashMap<>();
        BoostscopeException skipped = null;
        int evaluated = 0;
        for (String name : workers) {
            Rule rule = perWorker.computeIfAbsent(name, key -> perWorker.isEmpty() ? prototype : factory.get());
            try {
                evaluation.apply(rule, scoped(context, name)).finding().ifPresent(f -> fired.put(name, f));
                evaluated++;
            } catch (StepUnavailableException | TensorUnavailableException | StepNotYetAvailableException e) {
                skipped = skipped == null ? e : skipped;
            }
        }
        if (evaluated == 0 && skipped != null) {
            throw skipped;
        }
        return fired.isEmpty() ? RuleResult.notFired() : RuleResult.fired(combine(fired, workers.size()));
    }

    private static RuleContext scoped(RuleContext context, String name) {
        return new RuleContext(Trials.workerView(context.baseTrial(), name), context.otherTrials(), context.clock());
    }

    private void checkKnown(Trial trial, List<String> workers) {
        if (!workers.isEmpty() && !workers.contains(worker)) {
            throw new RuleException(String.format(Locale.ROOT,
                    "parameter '%s' of rule %s names worker '%s', which did not write %s (workers: %s)",
                    RuleConfig.WORKER, prototype.name(), worker, trial.uri(), String.join(", ", workers)));
        }
    }

    private static RuleResult named(RuleResult result, String name, int workerCount) {
        if (workerCount < 2 || result.finding().isEmpty()) {
            return result;
        }
        return RuleResult.fired(withPrefix(result.finding().get(), name + ": "));
    }

    private static Finding combine(Map<String, Finding> fired, int workerCount) {
        List<String> names = new ArrayList<>(fired.keySet());
        Finding first = fired.get(names.get(0));
        if (workerCount < 2) {
            return first;
        }
        String others = names.size() == 1 ? ""
                : " (also fired on " + String.join(", ", names.subList(1, names.size())) + ")";
        return withPrefix(first, names.get(0) + others + ": ");
    }

    private static Finding withPrefix(Finding finding, String prefix) {
        return new Finding(finding.tensor(), finding.value(), finding.threshold(), finding.step(),
                prefix + finding.message());
    }
}
