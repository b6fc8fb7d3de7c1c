// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.core.NdArray;
import dev.boostscope.testkit.FakeTrial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fake trials shaped like what the XGBoost hook saves, for the extractor and CLI tests. */
public final class TrialFixtures {
    /** The labels of every multiclass fixture: six rows, classes 0 to 2. */
    public static final float[] LABELS = {0, 1, 2, 2, 1, 0};

    private TrialFixtures() {
    }

    /** Returns the class ids predicted at a step: more right as the steps go. */
    public static float[] softmaxPredictions(int step) {
        return new float[] {0, 1, 2, step > 0 ? 2 : 1, 1, step > 2 ? 0 : 2};
    }

    /**
     * Returns a finished multiclass ({@code multi:softmax}) trial with steps 0, 2 and 4, saving every collection
     * the views read.
     *
     * @param name the trial's name
     * @return the trial
     */
    public static FakeTrial multiclass(String name) {
        FakeTrial trial = FakeTrial.newBuilder().name(name).build();
        for (int step = 0; step <= 4; step += 2) {
            Map<String, NdArray> tensors = new HashMap<>(scalars(step));
            tensors.put("labels", NdArray.ofFloats(LABELS));
            tensors.put("predictions", NdArray.ofFloats(softmaxPredictions(step)));
            if (step == 0) {
                tensors.put("hyperparameters/objective", NdArray.ofStrings(new String[] {"multi:softmax"}, 1));
                tensors.put("hyperparameters/num_round", NdArray.ofLongs(new long[] {5}, 1));
            }
            trial.addStep(step, tensors);
        }
        trial.addCollection("feature_importance", "feature_importance/gain/f0");
        trial.finish();
        return trial;
    }

    /**
     * Returns a finished multiclass trial of two workers with steps 0, 2 and 4: worker_0 saves what
     * {@link #multiclass} saves, worker_1 the same with its losses doubled and its gain importance of f0 at 0.5.
     *
     * @param name the trial's name
     * @return the trial
     */
    public static FakeTrial twoWorkers(String name) {
        FakeTrial trial = FakeTrial.newBuilder().name(name).workers("worker_0", "worker_1").build();
        for (int step = 0; step <= 4; step += 2) {
            for (String worker : List.of("worker_0", "worker_1")) {
                Map<String, NdArray> tensors = new HashMap<>(scalars(step));
                tensors.put("labels", NdArray.ofFloats(LABELS));
                tensors.put("predictions", NdArray.ofFloats(softmaxPredictions(step)));
                if (worker.equals("worker_1")) {
                    tensors.put("train-mlogloss", NdArray.scalar(2.0 / (step + 1)));
                    tensors.put("validation-mlogloss", NdArray.scalar(2.4 / (step + 1)));
                    tensors.put("feature_importance/gain/f0", NdArray.scalar(0.5));
                }
                trial.addStep(step, worker, tensors);
            }
        }
        trial.finish();
        return trial;
    }

    /** Returns the scalar tensors a step saves: metrics, importance and average SHAP. */
    static Map<String, NdArray> scalars(int step) {
        Map<String, NdArray> tensors = new HashMap<>();
        tensors.put("train-mlogloss", NdArray.scalar(1.0 / (step + 1)));
        tensors.put("validation-mlogloss", NdArray.scalar(1.2 / (step + 1)));
        tensors.put("validation-merror", NdArray.scalar(0.5 - step * 0.1));
        tensors.put("feature_importance/gain/f0", NdArray.scalar(0.25));
        tensors.put("feature_importance/gain/f1", NdArray.scalar(0.75));
        tensors.put("feature_importance/weight/f0", NdArray.scalar(0.6));
        tensors.put("feature_importance/weight/f1", NdArray.scalar(0.4));
        tensors.put("average_shap/f0", NdArray.ofFloats(new float[] {-0.5f}, 1));
        tensors.put("average_shap/f1", NdArray.ofFloats(new float[] {0.1f}, 1));
        return tensors;
    }

    /**
     * Returns a finished regression trial with steps 0 and 1, metrics, labels and predictions only.
     *
     * @return the trial
     */
    public static FakeTrial regression() {
        FakeTrial trial = FakeTrial.newBuilder().name("regression").build();
        float[] labels = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        for (int step = 0; step < 2; step++) {
            float[] predictions = new float[labels.length];
            for (int i = 0; i < labels.length; i++) {
                predictions[i] = labels[i] + (step == 0 ? 1.5f : 0.5f) * (i % 2 == 0 ? 1 : -1);
            }
            trial.addStep(step, Map.of("train-rmse", NdArray.scalar(1.5 - step), "labels", NdArray.ofFloats(labels),
                    "predictions", NdArray.ofFloats(predictions), "hyperparameters/objective",
                    NdArray.ofStrings(new String[] {"reg:squarederror"}, 1)));
        }
        trial.finish();
        return trial;
    }

    /**
     * Returns a finished binary trial without objective, predictions as probabilities, one step.
     *
     * @return the trial
     */
    public static FakeTrial binary() {
        FakeTrial trial = FakeTrial.newBuilder().name("binary").build();
        trial.addStep(0, Map.of("validation-logloss", NdArray.scalar(0.4),
                "labels", NdArray.ofFloats(new float[] {0, 0, 1, 1}),
                "predictions", NdArray.ofFloats(new float[] {0.1f, 0.4f, 0.35f, 0.8f})));
        trial.finish();
        return trial;
    }
}
