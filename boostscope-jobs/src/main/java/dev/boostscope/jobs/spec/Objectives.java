// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Set;
import java.util.TreeSet;

/**
 * The learning objectives XGBoost 3 knows, for validating {@code HyperParameters.objective} before a job starts.
 *
 * <p>Thread-safe.
 */
final class Objectives {
    /** XGBoost's default objective. */
    static final String DEFAULT = "reg:squarederror";
    static final Set<String> KNOWN = Set.copyOf(new TreeSet<>(Set.of(
            "reg:squarederror", "reg:squaredlogerror", "reg:logistic", "reg:pseudohubererror",
            "reg:absoluteerror", "reg:quantileerror", "reg:gamma", "reg:tweedie",
            "binary:logistic", "binary:logitraw", "binary:hinge",
            "count:poisson", "survival:cox", "survival:aft",
            "multi:softmax", "multi:softprob",
            "rank:ndcg", "rank:map", "rank:pairwise")));

    private Objectives() {
    }

    static String listed() {
        return String.join(", ", new TreeSet<>(KNOWN));
    }

    static boolean needsNumClass(String objective) {
        return objective.startsWith("multi:");
    }
}
