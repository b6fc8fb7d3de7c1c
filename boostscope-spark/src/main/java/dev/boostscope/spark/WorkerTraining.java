// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import dev.boostscope.xgboost.DebugTraining;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.ConfigContext;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.IEvaluation;
import ml.dmlc.xgboost4j.java.IObjective;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.scala.spark.Watches;
import org.apache.spark.TaskContext;
import org.jspecify.annotations.Nullable;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.runtime.AbstractFunction1;

/**
 * The body of one Spark barrier task: joins XGBoost's collective with the tracker's arguments and this partition's
 * id (as XGBoost4J-Spark's own {@code XGBoost.train} does), trains on the partition's watches through
 * {@link DebugTraining} so the hook writes as {@code worker_<rank>}, and returns the model and metrics from
 * partition 0. A retried task attempt trains without the hook: its first attempt already wrote under this worker's
 * name, and the hook refuses to write over a trial.
 *
 * <p>Immutable; Spark serialises it to each task.
 */
final class WorkerTraining extends AbstractFunction1<Iterator<Watches>, Iterator<WorkerResult>>
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.spark");

    private final HashMap<String, Object> trackerArgs;
    private final TrainingPlan plan;
    private final HookSpec hook;

    WorkerTraining(Map<String, Object> trackerArgs, TrainingPlan plan, HookSpec hook) {
        this.trackerArgs = new HashMap<>(trackerArgs);
        this.plan = Objects.requireNonNull(plan, "plan");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public Iterator<WorkerResult> apply(Iterator<Watches> partition) {
        int partitionId = TaskContext.getPartitionId();
        Map<String, Object> args = new HashMap<>(trackerArgs);
        args.put("DMLC_TASK_ID", Integer.toString(partitionId));
        try {
            Communicator.init(args);
            try {
                return train(partition, partitionId);
            } finally {
                shutdown();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "xgboost failed in the task of partition %d: %s", partitionId, e.getMessage()), e);
        }
    }

    private Iterator<WorkerResult> train(Iterator<Watches> partition, int partitionId) throws XGBoostError {
        if (!partition.hasNext()) {
            throw new IllegalStateException("partition " + partitionId + " holds no training data");
        }
        Watches watches = partition.next();
        ConfigContext context = new ConfigContext(plan.configs());
        try {
            LinkedHashMap<String, DMatrix> sets = evalSets(watches);
            float[][] metrics = new float[sets.size()][plan.rounds()];
            Booster booster = trainBooster(sets, metrics);
            try {
                List<WorkerResult> out = partitionId == 0 ? List.of(result(booster, sets, metrics)) : List.of();
                return JavaConverters.asScalaIteratorConverter(out.iterator()).asScala();
            } finally {
                booster.dispose();
            }
        } finally {
            context.close();
            watches.delete();
        }
    }

    private Booster trainBooster(LinkedHashMap<String, DMatrix> sets, float[][] metrics) throws XGBoostError {
        DMatrix train = sets.get("train");
        IObjective objective = plan.objective();
        IEvaluation evaluation = plan.evaluation();
        if (isRetry()) {
            LOGGER.log(System.Logger.Level.WARNING, "boostscope: task attempt retried; this worker trains without "
                    + "the hook (its first attempt wrote to " + hook.outputUri() + ")");
            return ml.dmlc.xgboost4j.java.XGBoost.train(train, plan.params(), plan.rounds(), sets, metrics,
                    objective, evaluation, plan.earlyStoppingRounds());
        }
        return DebugTraining.train(train, plan.params(), plan.rounds(), sets, metrics, objective, evaluation,
                plan.earlyStoppingRounds(), hook.toConfig());
    }

    /** Returns the non-empty eval sets in XGBoost4J-Spark's order ({@code train}, then {@code eval} if given). */
    private static LinkedHashMap<String, DMatrix> evalSets(Watches watches) throws XGBoostError {
        LinkedHashMap<String, DMatrix> sets = new LinkedHashMap<>();
        for (int i = 0; i < watches.names().length; i++) {
            ml.dmlc.xgboost4j.scala.DMatrix matrix = watches.datasets()[i];
            if (matrix.rowNum() > 0) {
                sets.put(watches.names()[i], matrix.jDMatrix());
            }
        }
        return sets;
    }

    private static WorkerResult result(Booster booster, Map<String, DMatrix> sets, float[][] metrics)
            throws XGBoostError {
        LinkedHashMap<String, float[]> byName = new LinkedHashMap<>();
        int i = 0;
        for (String name : sets.keySet()) {
            byName.put(name, metrics[i++]);
        }
        return new WorkerResult(booster.toByteArray(), byName);
    }

    private static boolean isRetry() {
        TaskContext context = TaskContext.get();
        return context != null && (context.attemptNumber() > 0 || context.stageAttemptNumber() > 0);
    }

    private static void shutdown() {
        try {
            Communicator.shutdown();
        } catch (XGBoostError | RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "boostscope: shutting down XGBoost's collective failed", e);
        }
    }

    /**
     * What every task trains with, taken from the estimator on the driver.
     *
     * @param params the booster parameters
     * @param rounds the number of rounds
     * @param earlyStoppingRounds rounds without improvement before stopping; 0 for none
     * @param custom the custom objective and evaluation
     * @param configs XGBoost's global configuration for the task
     *
     * <p>Immutable once made.
     */
    record TrainingPlan(HashMap<String, Object> params, int rounds, int earlyStoppingRounds, CustomFunctions custom,
            HashMap<String, Object> configs) implements Serializable {
        private static final long serialVersionUID = 1L;

        TrainingPlan {
            params = new HashMap<>(params);
            configs = new HashMap<>(configs);
            Objects.requireNonNull(custom, "custom");
        }

        @Nullable IObjective objective() {
            return custom.objective();
        }

        @Nullable IEvaluation evaluation() {
            return custom.evaluation();
        }
    }

    /**
     * The user's custom objective and evaluation, each null when not set.
     *
     * @param objective the custom objective
     * @param evaluation the custom evaluation
     */
    record CustomFunctions(@Nullable IObjective objective, @Nullable IEvaluation evaluation) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
