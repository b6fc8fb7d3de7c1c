// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.HistogramBin;
import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.model.RunWorkers;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.NdArray;
import dev.boostscope.testkit.FakeTrial;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RunSnapshotsTest {

    @Test
    void from_multiclassTrial_readsEveryView() {
        RunSnapshot snapshot = RunSnapshots.from(TrialFixtures.multiclass("mnist"));

        assertThat(snapshot.trialName()).isEqualTo("mnist");
        assertThat(snapshot.steps()).containsExactly(0, 2, 4);
        assertThat(snapshot.ended()).isTrue();
        assertThat(snapshot.problem()).isEqualTo(ProblemType.MULTICLASS);
        assertThat(snapshot.hyperparameters()).isEqualTo(Map.of("num_round", "5", "objective", "multi:softmax"));
        assertThat(snapshot.missingCollections()).isEmpty();
    }

    @Test
    void from_multiclassTrial_confusionPerStepFromLabelsAndPredictions() {
        List<ConfusionAtStep> frames = RunSnapshots.from(TrialFixtures.multiclass("m")).classification().confusion();

        assertThat(frames).extracting(ConfusionAtStep::step).containsExactly(0, 2, 4);
        assertThat(frames.get(0).matrix().counts()).containsExactly(List.of(1, 0, 1), List.of(0, 2, 0),
                List.of(0, 1, 1));
        assertThat(frames.get(2).matrix().accuracy()).isEqualTo(1.0);
    }

    @Test
    void from_multiclassTrial_classAccuracyAndScoresAtLastStep() {
        RunSnapshot snapshot = RunSnapshots.from(TrialFixtures.multiclass("m"));

        Series classTwo = snapshot.classification().classAccuracy().get(2);
        assertThat(classTwo.points()).containsExactly(new StepValue(0, 0.5), new StepValue(2, 1.0),
                new StepValue(4, 1.0));
        assertThat(snapshot.classification().scores().macro().f1()).isEqualTo(1.0);
        assertThat(snapshot.classification().roc().hasData()).isFalse();
        assertThat(snapshot.labelDistribution().bins()).extracting(HistogramBin::count).containsExactly(2, 2, 2);
    }

    @Test
    void from_multiclassTrial_metricsPairedTrainAgainstValidation() {
        List<MetricGroup> metrics = RunSnapshots.from(TrialFixtures.multiclass("m")).metrics();

        assertThat(metrics).extracting(MetricGroup::metric).containsExactly("merror", "mlogloss");
        assertThat(metrics.get(1).train()).map(Series::name).contains("train-mlogloss");
        assertThat(metrics.get(1).validation().get(0).points()).extracting(StepValue::value)
                .containsExactly(1.2, 1.2 / 3, 1.2 / 5);
    }

    @Test
    void from_twoWorkers_readsTheChosenWorkerAndListsBoth() {
        FakeTrial trial = TrialFixtures.twoWorkers("w");

        RunSnapshot first = RunSnapshots.from(trial);
        RunSnapshot second = RunSnapshots.from(trial, "worker_1");

        assertThat(first.workers()).isEqualTo(RunWorkers.of(List.of("worker_0", "worker_1")));
        assertThat(second.workers()).isEqualTo(new RunWorkers(List.of("worker_0", "worker_1"), "worker_1"));
        assertThat(second.workers().describe()).isEqualTo("workers worker_0, worker_1 (values from worker_1)");
        assertThat(first.metrics().get(1).validation().get(0).points()).extracting(StepValue::value)
                .containsExactly(1.2, 1.2 / 3, 1.2 / 5);
        assertThat(second.metrics().get(1).validation().get(0).points()).extracting(StepValue::value)
                .containsExactly(2.4, 2.4 / 3, 2.4 / 5);
        assertThat(second.importance().get(1).top(1)).containsExactly(new FeatureScore("f1", 0.75));
        assertThat(second.importance().get(1).top(2)).contains(new FeatureScore("f0", 0.5));
        assertThatThrownBy(() -> RunSnapshots.from(trial, "worker_2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("worker must be one of the workers of memory:/w (worker_0, worker_1): 'worker_2'");
    }

    @Test
    void from_collectionFileListsOneFeature_regexFindsTheOthers() {
        List<FeatureImportance> importance = RunSnapshots.from(TrialFixtures.multiclass("m")).importance();

        assertThat(importance).extracting(FeatureImportance::type).containsExactly("weight", "gain");
        assertThat(importance.get(1).top(1)).containsExactly(new FeatureScore("f1", 0.75));
    }

    @Test
    void from_averageShap_summarisedByMagnitude() {
        RunSnapshot snapshot = RunSnapshots.from(TrialFixtures.multiclass("m"));

        assertThat(snapshot.shap().features()).extracting(FeatureScore::feature).containsExactly("f0", "f1");
        assertThat(snapshot.shap().features().get(0).value()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void from_binaryWithoutObjective_detectsBinaryAndComputesRoc() {
        RunSnapshot snapshot = RunSnapshots.from(TrialFixtures.binary());

        assertThat(snapshot.problem()).isEqualTo(ProblemType.BINARY);
        assertThat(snapshot.classification().roc().auc()).isCloseTo(0.75, within(1e-6));
        assertThat(snapshot.missingCollections()).containsExactly("average_shap", "feature_importance",
                "hyperparameters");
    }

    @Test
    void from_regressionTrial_residualsAndPerBinErrors() {
        RunSnapshot snapshot = RunSnapshots.from(TrialFixtures.regression());

        assertThat(snapshot.problem()).isEqualTo(ProblemType.REGRESSION);
        assertThat(snapshot.classification().hasData()).isFalse();
        assertThat(snapshot.regression().step()).isEqualTo(1);
        assertThat(snapshot.regression().residuals().total()).isEqualTo(10);
        assertThat(snapshot.regression().binErrors()).hasSize(10);
        assertThat(snapshot.regression().binErrors().get(0).points()).containsExactly(new StepValue(0, 1.5),
                new StepValue(1, 0.5));
    }

    @Test
    void from_emptyTrial_reportsEveryCollectionMissing() {
        FakeTrial trial = FakeTrial.create();

        RunSnapshot snapshot = RunSnapshots.from(trial);

        assertThat(snapshot.problem()).isEqualTo(ProblemType.UNKNOWN);
        assertThat(snapshot.missingCollections()).containsExactlyInAnyOrderElementsOf(RunSnapshots.COLLECTIONS);
        assertThat(snapshot.ended()).isFalse();
    }

    @Test
    void from_predictionRowsDifferFromLabels_throwsFormatExceptionNamingTheStep() {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(3, Map.of("labels", NdArray.ofFloats(new float[] {0, 1}),
                "predictions", NdArray.ofFloats(new float[] {0, 1, 1})));

        assertThatThrownBy(() -> RunSnapshots.from(trial)).isInstanceOf(FormatException.class)
                .hasMessage("labels and predictions must have as many rows at step 3 of memory:/fake-trial: "
                        + "2 labels, 3 predictions");
    }

    @Test
    void live_midRun_metricsUpToTheStepAndItsConfusion() {
        LiveStep live = RunSnapshots.live(TrialFixtures.multiclass("m"), 2);

        assertThat(live.step()).isEqualTo(2);
        assertThat(live.metrics()).extracting(Series::name).containsExactly("train-mlogloss", "validation-merror",
                "validation-mlogloss");
        assertThat(live.metrics().get(0).points()).extracting(StepValue::step).containsExactly(0, 2);
        assertThat(live.confusion().count(2, 2)).isEqualTo(2);
    }

    @Test
    void confusion_regression_isEmpty() {
        assertThat(RunSnapshots.confusion(TrialFixtures.regression())).isEmpty();
    }
}
