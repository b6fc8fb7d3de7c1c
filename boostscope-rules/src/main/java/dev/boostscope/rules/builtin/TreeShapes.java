// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.RuleException;
import dev.boostscope.trial.Trial;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures tree depths from the {@code trees/*} columns the hook saves ({@code trees_to_dataframe} layout: one row per
 * node; {@code Tree} and {@code Node} ids; {@code Yes}/{@code No} as {@code "<tree>-<node>"} strings, {@code "nan"} on
 * leaves).
 *
 * <p>Thread-safe.
 */
final class TreeShapes {
    private TreeShapes() {
    }

    /** Returns each saved tree's depth, by tree id. */
    static Map<Long, Integer> depths(Trial trial, int step) {
        long[] nodes = column(trial, TreeDepth.NODE, step).toLongArray();
        long[] trees = trial.hasTensor("trees/Tree") ? column(trial, "trees/Tree", step).toLongArray()
                : new long[nodes.length];
        if (trees.length != nodes.length) {
            throw new RuleException(String.format(Locale.ROOT,
                    "trees/Tree has %d rows but trees/Node has %d at step %d", trees.length, nodes.length, step));
        }
        if (!trial.hasTensor("trees/Yes") || !trial.hasTensor("trees/No")) {
            return depthsFromLargestId(trees, nodes);
        }
        String[] yes = column(trial, "trees/Yes", step).toStringArray();
        String[] no = column(trial, "trees/No", step).toStringArray();
        Map<Long, Map<Long, long[]>> children = new TreeMap<>();
        for (int row = 0; row < nodes.length; row++) {
            long[] pair = {child(yes[row]), child(no[row])};
            children.computeIfAbsent(trees[row], t -> new HashMap<>()).put(nodes[row], pair);
        }
        Map<Long, Integer> depths = new TreeMap<>();
        children.forEach((tree, byNode) -> depths.put(tree, depth(byNode)));
        return depths;
    }

    /** Returns the edges from node 0 to the deepest node reachable through the child links. */
    private static int depth(Map<Long, long[]> children) {
        Deque<long[]> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        long root = children.containsKey(0L) ? 0L : children.keySet().stream().min(Long::compare).orElse(0L);
        queue.add(new long[] {root, 0});
        int deepest = 0;
        while (!queue.isEmpty()) {
            long[] entry = queue.poll();
            if (!seen.add(entry[0])) {
                continue;
            }
            deepest = Math.max(deepest, (int) entry[1]);
            for (long child : children.getOrDefault(entry[0], new long[0])) {
                if (child >= 0 && children.containsKey(child)) {
                    queue.add(new long[] {child, entry[1] + 1});
                }
            }
        }
        return deepest;
    }

    /** SageMaker's documented measure: {@code floor(log2(largest node id + 1))}, exact for heap-numbered trees. */
    private static Map<Long, Integer> depthsFromLargestId(long[] trees, long[] nodes) {
        Map<Long, Long> largest = new TreeMap<>();
        for (int row = 0; row < nodes.length; row++) {
            largest.merge(trees[row], nodes[row], Math::max);
        }
        Map<Long, Integer> depths = new TreeMap<>();
        largest.forEach((tree, id) -> depths.put(tree, 63 - Long.numberOfLeadingZeros(id + 1)));
        return depths;
    }

    /** Parses {@code "<tree>-<node>"}; -1 for a leaf ({@code "nan"}) or anything else. */
    private static long child(String link) {
        int dash = link.lastIndexOf('-');
        try {
            return dash < 0 ? -1 : Long.parseLong(link.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static NdArray column(Trial trial, String name, int step) {
        return trial.tensor(name).value(step);
    }
}
