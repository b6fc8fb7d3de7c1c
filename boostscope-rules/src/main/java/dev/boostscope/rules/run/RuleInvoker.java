// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a rule offline, as smdebug's {@code invoke_rule}: at every complete step of the base trial in
 * {@code [startStep, endStep)}, in order. Steps the trial did not save are simply not visited (smdebug visits every
 * integer and skips them); a step where the rule's data is missing ({@code StepUnavailable},
 * {@code TensorUnavailable}) is skipped. The rule keeps running after it fires, so every finding is reported.
 *
 * <p>Thread-safe; the rule is used by the calling thread only.
 */
public final class RuleInvoker {
    private RuleInvoker() {
    }

    /**
     * Evaluates the rule at every complete step in a range.
     *
     * @param rule the rule, fresh (rules keep state across steps)
     * @param context the base trial, other trials and clock
     * @param startStep the first step, inclusive
     * @param endStep the last step, exclusive; {@code Integer.MAX_VALUE} for all
     * @return the evaluated and skipped steps and the findings
     * @throws RuleException if the rule cannot be evaluated at a step, naming the rule and the step
     * @throws IllegalArgumentException if {@code endStep < startStep}
     */
    public static RuleReport invoke(Rule rule, RuleContext context, int startStep, int endStep) {
        if (endStep < startStep) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "end step must not be below start step %d: %d", startStep, endStep));
        }
        List<Integer> evaluated = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int step : context.baseTrial().steps()) {
            if (step >= startStep && step < endStep) {
                Outcome outcome = evaluate(rule, context, step);
                (outcome.kind() == Outcome.Kind.SKIPPED ? skipped : evaluated).add(step);
                if (outcome.kind() == Outcome.Kind.FIRED) {
                    findings.add(outcome.finding());
                }
            }
        }
        return new RuleReport(rule.name(), evaluated, skipped, findings);
    }

    private static Outcome evaluate(Rule rule, RuleContext context, int step) {
        Outcome outcome = Outcome.of(() -> rule.evaluate(context, step));
        if (outcome.kind() == Outcome.Kind.ERROR) {
            throw new RuleException(String.format(Locale.ROOT, "rule %s failed at step %d of %s: %s", rule.name(),
                    step, context.baseTrial().uri(), outcome.reason()), outcome.error());
        }
        return outcome;
    }
}
