// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import dev.boostscope.spark.WorkerTraining.CustomFunctions;
import dev.boostscope.spark.WorkerTraining.TrainingPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.RabitTracker;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.scala.Booster;
import ml.dmlc.xgboost4j.scala.spark.ColumnIndices;
import ml.dmlc.xgboost4j.scala.spark.RuntimeParams;
import ml.dmlc.xgboost4j.scala.spark.TrackerConf;
import ml.dmlc.xgboost4j.scala.spark.Watches;
import ml.dmlc.xgboost4j.scala.spark.XGBoostEstimator;
import ml.dmlc.xgboost4j.scala.spark.XGBoostModel;
import ml.dmlc.xgboost4j.scala.spark.XGBoostTrainingSummary;
import ml.dmlc.xgboost4j.scala.spark.XGBoostTrainingSummary$;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The driver's side of a debugged fit, step for step what XGBoost4J-Spark 3.4's {@code XGBoostEstimator.train} and
 * {@code XGBoost.train} do: validate the estimator, turn the dataset into one {@link Watches} per partition, start the
 * tracker, run one barrier task per worker ({@link WorkerTraining}), and build the estimator's model from the booster
 * of partition 0. The estimator's package-private Scala methods are public in bytecode, which is how Java reaches
 * them; they are internal to XGBoost4J-Spark, so this class is pinned to its version (3.4.x).
 *
 * <p>Not thread-safe: one fit, on the calling thread.
 */
final class DistributedFit<M extends XGBoostModel<M>> {
    private static final ClassTag<WorkerResult> RESULT = ClassTag$.MODULE$.apply(WorkerResult.class);

    private final XGBoostEstimator<?, M> estimator;
    private final HookSpec hook;

    DistributedFit(XGBoostEstimator<?, M> estimator, HookSpec hook) {
        this.estimator = estimator;
        this.hook = hook;
    }

    /** Returns whether this fit needs XGBoost4J-Spark's own path (a data plugin such as RAPIDS, or a GPU). */
    static boolean needsOwnPath(XGBoostEstimator<?, ?> estimator, Dataset<?> dataset) {
        return ml.dmlc.xgboost4j.scala.spark.PluginUtils$.MODULE$.isPluginEnabled(dataset)
                || !"cpu".equals(estimator.getDevice());
    }

    /** Trains; blocks until the Spark job ends. */
    M fit(Dataset<?> dataset) throws XGBoostError {
        estimator.validate(dataset);
        Tuple2<Dataset<?>, ColumnIndices> input = estimator.preprocess(dataset);
        RDD<Watches> watches = estimator.toRdd(input._1(), input._2());
        RuntimeParams runtime = estimator.getRuntimeParameters(dataset.sparkSession().sparkContext().isLocal(),
                ScalaInterop.toScala(Map.of()));
        TrainingPlan plan = new TrainingPlan(ScalaInterop.toJava(estimator.getXGBoostParams()), runtime.numRounds(),
                runtime.earlyStoppingRounds(), new CustomFunctions(runtime.obj().getOrElse(() -> null),
                        runtime.eval().getOrElse(() -> null)), ScalaInterop.toJava(runtime.configs()));
        WorkerResult result = runTasks(watches, runtime, plan);
        return model(result);
    }

    private WorkerResult runTasks(RDD<Watches> watches, RuntimeParams runtime, TrainingPlan plan)
            throws XGBoostError {
        TrackerConf conf = runtime.trackerConf();
        RabitTracker tracker = new RabitTracker(runtime.numWorkers(), conf.hostIp(), conf.port(), conf.timeout());
        if (!tracker.start()) {
            throw new IllegalStateException("xgboost's tracker did not start for " + runtime.numWorkers()
                    + " workers");
        }
        try {
            WorkerTraining task = new WorkerTraining(tracker.getWorkerArgs(), plan, hook);
            RDD<WorkerResult> results = watches.barrier().mapPartitions(task, false, RESULT);
            List<WorkerResult> collected = new JavaRDD<>(results, RESULT).collect();
            if (collected.size() != 1) {
                throw new IllegalStateException("expected the model of partition 0, got " + collected.size()
                        + " results");
            }
            return collected.get(0);
        } finally {
            tracker.stop();
        }
    }

    private M model(WorkerResult result) throws XGBoostError {
        Booster booster;
        try {
            booster = new Booster(XGBoost.loadModel(result.model()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading the model sent back by partition 0 failed", e);
        }
        XGBoostTrainingSummary summary = XGBoostTrainingSummary$.MODULE$.apply(
                ScalaInterop.toScala(new HashMap<>(result.metricsView())));
        return estimator.copyValues(estimator.createModel(booster, summary), ParamMap.empty());
    }
}
