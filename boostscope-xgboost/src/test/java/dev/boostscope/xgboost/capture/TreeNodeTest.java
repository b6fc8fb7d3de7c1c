// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NdArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XGBoost's text dump lines as trees_to_dataframe reads them. */
final class TreeNodeTest {
    private static final String TREE = """
            0:[f8<0.516040683] yes=1,no=2,missing=2,gain=25.1626968,cover=77.8935471
            \t1:leaf=0.733663142,cover=5.4525485
            \t2:[color:{1,3}] yes=3,no=4,missing=3,gain=1.5,cover=72.4
            \t\t3:leaf=-0.2,cover=30
            \t\t4:leaf=0.1,cover=42.4
            """;

    @Test
    void parseTree_splitLeafAndCategorical_inDumpOrder() {
        List<TreeNode> nodes = TreeNode.parseTree(7, TREE);

        assertThat(nodes).containsExactly(
                new TreeNode(7, 0, "f8", 0.516040683, null, 1, 2, 2, 25.1626968, 77.8935471),
                new TreeNode(7, 1, null, Double.NaN, null, -1, -1, -1, 0.733663142, 5.4525485),
                new TreeNode(7, 2, "color", Double.NaN, "['1', '3']", 3, 4, 3, 1.5, 72.4),
                new TreeNode(7, 3, null, Double.NaN, null, -1, -1, -1, -0.2, 30),
                new TreeNode(7, 4, null, Double.NaN, null, -1, -1, -1, 0.1, 42.4));
    }

    @Test
    void tensors_treesToDataframeColumns() {
        Map<String, NdArray> table = TreeTable.tensors(TreeNode.parseTree(7, TREE));

        assertThat(table.keySet()).containsExactly("trees/Tree", "trees/Node", "trees/ID", "trees/Feature",
                "trees/Split", "trees/Yes", "trees/No", "trees/Missing", "trees/Gain", "trees/Cover",
                "trees/Category");
        assertThat(table.get("trees/ID").toStringArray()).containsExactly("7-0", "7-1", "7-2", "7-3", "7-4");
        assertThat(table.get("trees/Feature").toStringArray()).containsExactly("f8", "Leaf", "color", "Leaf",
                "Leaf");
        assertThat(table.get("trees/Yes").toStringArray()).containsExactly("7-1", "nan", "7-3", "nan", "nan");
        assertThat(table.get("trees/Missing").toStringArray()).containsExactly("7-2", "nan", "7-3", "nan", "nan");
        assertThat(table.get("trees/Gain").toDoubleArray()).containsExactly(25.1626968, 0.733663142, 1.5, -0.2, 0.1);
        assertThat(table.get("trees/Category").toStringArray()).containsExactly("nan", "nan", "['1', '3']", "nan",
                "nan");
    }

    @Test
    void parseTree_brokenLine_throwsQuotingIt() {
        assertThatThrownBy(() -> TreeNode.parseTree(2, "0:[f1<x] yes=1,no=2,gain=1,cover=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tree 2: model dump line does not parse: '0:[f1<x] yes=1,no=2,gain=1,cover=1'");
    }

    @Test
    void featureImportance_raw_matchesGetScoreSemantics() {
        FeatureImportance importance = new FeatureImportance();
        importance.addTree(TreeNode.parseTree(0, "0:[a<1] yes=1,no=2,missing=1,gain=4,cover=10\n"
                + "\t1:[b<1] yes=3,no=4,missing=3,gain=2,cover=6\n\t2:leaf=1,cover=4\n\t\t3:leaf=1,cover=3\n"
                + "\t\t4:leaf=1,cover=3"));
        importance.addTree(TreeNode.parseTree(1, "0:[a<2] yes=1,no=2,missing=1,gain=6,cover=10\n"
                + "\t1:leaf=1,cover=5\n\t2:leaf=1,cover=5"));

        assertThat(importance.raw("weight")).containsExactly(Map.entry("a", 2.0), Map.entry("b", 1.0));
        assertThat(importance.raw("gain")).containsExactly(Map.entry("a", 5.0), Map.entry("b", 2.0));
        assertThat(importance.raw("total_cover")).containsExactly(Map.entry("a", 20.0), Map.entry("b", 6.0));
        assertThat(importance.tensors().get("feature_importance/weight/a").scalarValue()).isEqualTo(2.0 / 3);
    }
}
