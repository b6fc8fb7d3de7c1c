// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TreeDepthTest {

    /**
     * A lopsided tree as XGBoost numbers it (not heap order): 0 -> (1, 2), 1 -> (3, 4), 3 -> (5, 6); depth 3, while
     * SageMaker's log2(largest id) says 2.
     */
    private static Map<String, NdArray> chainTree(int tree) {
        long[] nodes = {0, 1, 2, 3, 4, 5, 6};
        String[] yes = {"1", "3", "nan", "5", "nan", "nan", "nan"};
        String[] no = {"2", "4", "nan", "6", "nan", "nan", "nan"};
        return trees(tree, nodes, yes, no);
    }

    /** A full tree of depth 2, heap-numbered. */
    private static Map<String, NdArray> fullTree(int tree) {
        long[] nodes = {0, 1, 2, 3, 4, 5, 6};
        String[] yes = {"1", "3", "5", "nan", "nan", "nan", "nan"};
        String[] no = {"2", "4", "6", "nan", "nan", "nan", "nan"};
        return trees(tree, nodes, yes, no);
    }

    private static Map<String, NdArray> trees(int tree, long[] nodes, String[] yes, String[] no) {
        Map<String, NdArray> columns = new HashMap<>();
        long[] treeIds = new long[nodes.length];
        String[] ids = new String[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            treeIds[i] = tree;
            ids[i] = tree + "-" + nodes[i];
            yes[i] = yes[i].equals("nan") ? "nan" : tree + "-" + yes[i];
            no[i] = no[i].equals("nan") ? "nan" : tree + "-" + no[i];
        }
        columns.put("trees/Tree", NdArray.ofLongs(treeIds));
        columns.put("trees/Node", NdArray.ofLongs(nodes));
        columns.put("trees/ID", NdArray.ofStrings(ids));
        columns.put("trees/Yes", NdArray.ofStrings(yes));
        columns.put("trees/No", NdArray.ofStrings(no));
        return columns;
    }

    @Test
    void invoke_treeDeeperThanDepth_firesWithStructuralDepth() {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, fullTree(0)).addStep(1, chainTree(1)).finish();

        RuleReport report = RuleTrials.run(trial, "TreeDepth", Map.of("depth", "2"));

        assertThat(report.findings()).containsExactly(new Finding("trees/Node", 3, 2, 1,
                "tree 1 saved at step 1 is 3 levels deep, deeper than depth 2"));
    }

    @Test
    void invoke_shallowTrees_staysSilentWithDefaultDepth() {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, fullTree(0)).addStep(1, chainTree(1)).addScalars(2, Map.of("train-rmse", 0.5)).finish();

        RuleReport report = RuleTrials.run(trial, "TreeDepth", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 1);
        assertThat(report.skippedSteps()).containsExactly(2);
    }

    @Test
    void invoke_noChildColumns_fallsBackToLargestNodeId() {
        FakeTrial trial = FakeTrial.create();
        long[] nodes = new long[15];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = i;
        }
        trial.addStep(0, Map.of("trees/Node", NdArray.ofLongs(nodes))).finish();

        RuleReport report = RuleTrials.run(trial, "TreeDepth", Map.of("depth", "2.5"));

        assertThat(report.findings()).singleElement().extracting(Finding::value).isEqualTo(3.0);
    }
}
