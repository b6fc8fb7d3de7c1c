// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code trees} collection's tensors for a round's trees: the columns of XGBoost's {@code trees_to_dataframe}
 * (Tree, Node, ID, Feature, Split, Yes, No, Missing, Gain, Cover, Category), rows sorted by Tree then Node. Leaf rows
 * have Feature {@code Leaf}, Split NaN, Yes/No/Missing and Category {@code nan}, and Gain = the leaf value.
 *
 * <p>Immutable.
 */
final class TreeTable {
    private TreeTable() {
    }

    static Map<String, NdArray> tensors(List<TreeNode> nodes) {
        List<TreeNode> rows = new ArrayList<>(nodes);
        rows.sort(Comparator.comparingInt(TreeNode::tree).thenComparingInt(TreeNode::node));
        int n = rows.size();
        long[] tree = new long[n];
        long[] node = new long[n];
        double[] split = new double[n];
        double[] gain = new double[n];
        double[] cover = new double[n];
        String[][] text = new String[6][n];
        for (int i = 0; i < n; i++) {
            TreeNode row = rows.get(i);
            tree[i] = row.tree();
            node[i] = row.node();
            split[i] = row.split();
            gain[i] = row.gain();
            cover[i] = row.cover();
            fillText(text, i, row);
        }
        Map<String, NdArray> out = new LinkedHashMap<>();
        out.put("trees/Tree", NdArray.ofLongs(tree, n));
        out.put("trees/Node", NdArray.ofLongs(node, n));
        out.put("trees/ID", NdArray.ofStrings(text[0], n));
        out.put("trees/Feature", NdArray.ofStrings(text[1], n));
        out.put("trees/Split", NdArray.ofDoubles(split, n));
        out.put("trees/Yes", NdArray.ofStrings(text[2], n));
        out.put("trees/No", NdArray.ofStrings(text[3], n));
        out.put("trees/Missing", NdArray.ofStrings(text[4], n));
        out.put("trees/Gain", NdArray.ofDoubles(gain, n));
        out.put("trees/Cover", NdArray.ofDoubles(cover, n));
        out.put("trees/Category", NdArray.ofStrings(text[5], n));
        return out;
    }

    private static void fillText(String[][] text, int i, TreeNode row) {
        String prefix = row.tree() + "-";
        text[0][i] = prefix + row.node();
        text[1][i] = row.isLeaf() ? "Leaf" : row.feature();
        text[2][i] = row.isLeaf() ? "nan" : prefix + row.yes();
        text[3][i] = row.isLeaf() ? "nan" : prefix + row.no();
        text[4][i] = row.isLeaf() || row.missing() < 0 ? "nan" : prefix + row.missing();
        text[5][i] = row.categories() == null ? "nan" : row.categories();
    }
}
