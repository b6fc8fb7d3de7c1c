// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One node of XGBoost's text model dump with statistics, such as
 * {@code 0:[f8<0.516] yes=1,no=2,missing=2,gain=25.16,cover=77.89} or {@code 7:leaf=0.73,cover=5.45}.
 *
 * @param tree the tree's index in the booster
 * @param node the node id
 * @param feature the split feature, or null for a leaf
 * @param split the split threshold; NaN for leaves and categorical splits
 * @param categories the categories of a categorical split as {@code ['1', '3']}, or null
 * @param yes the child for true, or -1 on a leaf
 * @param no the child for false, or -1 on a leaf
 * @param missing the child for missing values, or -1 on a leaf
 * @param gain the split gain, or the leaf value on a leaf (as trees_to_dataframe)
 * @param cover the cover (sum of hessians)
 *
 * <p>Immutable.
 */
record TreeNode(int tree, int node, @Nullable String feature, double split, @Nullable String categories, int yes,
        int no, int missing, double gain, double cover) {

    boolean isLeaf() {
        return feature == null;
    }

    /**
     * Parses one tree of a text dump, in the dump's line order.
     *
     * @param tree the tree index
     * @param text the tree's dump
     * @return the nodes
     * @throws IllegalArgumentException if a line does not parse
     */
    static List<TreeNode> parseTree(int tree, String text) {
        List<TreeNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                nodes.add(parseLine(tree, trimmed));
            }
        }
        return nodes;
    }

    private static TreeNode parseLine(int tree, String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw bad(tree, line);
        }
        int node = parseInt(tree, line, line.substring(0, colon));
        String rest = line.substring(colon + 1);
        if (rest.startsWith("leaf=")) {
            Map<String, String> stats = stats(rest);
            return new TreeNode(tree, node, null, Double.NaN, null, -1, -1, -1,
                    parseDouble(tree, line, stats.get("leaf")), parseDouble(tree, line, stats.get("cover")));
        }
        int close = rest.indexOf("] ");
        if (!rest.startsWith("[") || close < 0) {
            throw bad(tree, line);
        }
        return parseSplit(tree, node, line, rest.substring(1, close), stats(rest.substring(close + 2)));
    }

    private static TreeNode parseSplit(int tree, int node, String line, String condition, Map<String, String> stats) {
        String feature = condition;
        double split = Double.NaN;
        String categories = null;
        int less = condition.indexOf('<');
        int brace = condition.indexOf(":{");
        if (less >= 0) {
            feature = condition.substring(0, less);
            split = parseDouble(tree, line, condition.substring(less + 1));
        } else if (brace >= 0 && condition.endsWith("}")) {
            feature = condition.substring(0, brace);
            categories = pythonList(condition.substring(brace + 2, condition.length() - 1));
        }
        int yes = parseInt(tree, line, stats.get("yes"));
        int no = parseInt(tree, line, stats.get("no"));
        String missing = stats.get("missing");
        return new TreeNode(tree, node, feature, split, categories, yes, no,
                missing == null ? -1 : parseInt(tree, line, missing), parseDouble(tree, line, stats.get("gain")),
                parseDouble(tree, line, stats.get("cover")));
    }

    private static String pythonList(String commaSeparated) {
        List<String> quoted = new ArrayList<>();
        for (String category : commaSeparated.split(",")) {
            quoted.add("'" + category + "'");
        }
        return "[" + String.join(", ", quoted) + "]";
    }

    private static Map<String, String> stats(String text) {
        Map<String, String> stats = new HashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                stats.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return stats;
    }

    private static int parseInt(int tree, String line, @Nullable String text) {
        try {
            return Integer.parseInt(String.valueOf(text));
        } catch (NumberFormatException e) {
            throw bad(tree, line);
        }
    }

    private static double parseDouble(int tree, String line, @Nullable String text) {
        if (text == null) {
            throw bad(tree, line);
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw bad(tree, line);
        }
    }

    private static IllegalArgumentException bad(int tree, String line) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "tree %d: model dump line does not parse: '%s'", tree, line));
    }
}
