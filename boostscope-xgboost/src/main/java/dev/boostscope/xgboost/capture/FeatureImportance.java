// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature importance of the five types smdebug saves, accumulated from the model dump tree by tree, so each tree is
 * parsed once: weight (splits), total_gain, total_cover, gain (total_gain / weight) and cover (total_cover / weight).
 * Sums run in the dump's order, as XGBoost4J's {@code Booster.getScore} sums them (it parses the same dump), so the
 * values are the same; each type is then normalised to sum 1, as smdebug does. Features never split on are absent.
 *
 * <p>Not thread-safe: used on the training thread.
 */
final class FeatureImportance {
    static final List<String> TYPES = List.of("weight", "gain", "cover", "total_gain", "total_cover");

    private final Map<String, double[]> stats = new LinkedHashMap<>();
    private int treesSeen;

    int treesSeen() {
        return treesSeen;
    }

    void addTree(List<TreeNode> nodesInDumpOrder) {
        for (TreeNode node : nodesInDumpOrder) {
            if (!node.isLeaf()) {
                double[] sums = stats.computeIfAbsent(node.feature(), f -> new double[3]);
                sums[0] += 1;
                sums[1] += node.gain();
                sums[2] += node.cover();
            }
        }
        treesSeen++;
    }

    /**
     * Returns the normalised importances by tensor name, {@code feature_importance/<type>/<feature>}.
     *
     * @return the tensors, type by type
     */
    Map<String, NdArray> tensors() {
        Map<String, NdArray> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            Map<String, Double> raw = raw(type);
            double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
            raw.forEach((feature, value) -> out.put("feature_importance/" + type + "/" + feature,
                    NdArray.ofDoubles(new double[] {value / total}, 1)));
        }
        return out;
    }

    /**
     * Returns the importances of one type before normalisation, as {@code Booster.getScore} returns them.
     *
     * @param type one of {@link #TYPES}
     * @return the importance by feature
     */
    Map<String, Double> raw(String type) {
        Map<String, Double> out = new LinkedHashMap<>();
        stats.forEach((feature, sums) -> out.put(feature, switch (type) {
            case "weight" -> sums[0];
            case "gain" -> sums[1] / sums[0];
            case "cover" -> sums[2] / sums[0];
            case "total_gain" -> sums[1];
            case "total_cover" -> sums[2];
            default -> throw new IllegalArgumentException("unknown importance type: '" + type + "'");
        }));
        return out;
    }
}
