// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The tensors read from the model dump: feature importance (accumulated tree by tree) and the round's trees. One text
 * dump with statistics per step serves both; XGBoost4J's own {@code getScore} would dump and parse the whole model
 * once per importance type.
 *
 * <p>Not thread-safe: used on the training thread.
 */
final class TreeCapture {
    private final FeatureImportance importance = new FeatureImportance();
    private long dumpedStep = -1;
    private String[] dump = new String[0];

    Map<String, NdArray> importance(Booster booster, long step) throws XGBoostError {
        String[] trees = dump(booster, step);
        for (int i = importance.treesSeen(); i < trees.length; i++) {
            importance.addTree(TreeNode.parseTree(i, trees[i]));
        }
        return importance.tensors();
    }

    Map<String, NdArray> roundTrees(Booster booster, long step) throws XGBoostError {
        String[] trees = dump(booster, step);
        int rounds = Math.max(1, booster.getNumBoostedRound());
        int perRound = trees.length / rounds;
        List<TreeNode> nodes = new ArrayList<>();
        for (int i = trees.length - perRound; i < trees.length; i++) {
            nodes.addAll(TreeNode.parseTree(i, trees[i]));
        }
        return TreeTable.tensors(nodes);
    }

    private String[] dump(Booster booster, long step) throws XGBoostError {
        if (dumpedStep != step) {
            dump = booster.getModelDump((String) null, true, "text");
            dumpedStep = step;
        }
        return dump;
    }
}
