// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.xgboost.HookConfig;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import ml.dmlc.xgboost4j.scala.spark.XGBoostEstimator;
import ml.dmlc.xgboost4j.scala.spark.XGBoostModel;
import org.apache.spark.ml.PredictionModel;
import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;

/**
 * Fits an XGBoost4J-Spark estimator ({@code XGBoostClassifier}, {@code XGBoostRegressor}, {@code XGBoostRanker}) with
 * the Boostscope debugger on. A Spark user changes one line:
 *
 * <pre>{@code
 * XGBoostClassificationModel model = classifier.fit(train);
 * XGBoostClassificationModel model = SparkDebugger.fit(classifier, train, hook);
 * }</pre>
 *
 * <p>where {@code hook} is a {@link HookConfig}, for example
 * {@code HookConfig.newBuilder().outputLocation("s3://bucket/runs/7").includeWorkers(IncludeWorkers.ALL)
 * .includeCollections("predictions", "labels", "feature_importance", "trees").build()}.
 *
 * <p>Each Spark barrier task runs its XGBoost worker's boosting loop through {@code DebugTraining}, so the hook works
 * as in a single JVM, per worker: each writes {@code worker_<rank>} (with {@code IncludeWorkers.ALL}; with the
 * default {@code ONE}, only rank 0 writes) into the one trial, with {@code num_workers} set, and rank 0 writes the
 * end marker after every worker flushed. Predictions and labels are those of the worker's partition of the
 * estimator's eval dataset ({@code setEvalDataset}); without one, none are saved, as in a single JVM. See
 * docs/spark.md for exactly what is captured.
 *
 * <p>The hook never fails the fit: a location that cannot be opened or written is logged and training goes on
 * without capture (unless {@code failFast} is set). A location that already holds a trial is refused before
 * training, as in a single JVM. Fits that XGBoost4J-Spark runs its own way (a data plugin such as RAPIDS, or
 * {@code device} other than {@code cpu}) are handed to {@code estimator.fit} undebugged, with a warning.
 *
 * <p>Thread-safe: stateless. {@code fit} blocks until the Spark job ends and, like {@code estimator.fit}, throws
 * XGBoost's {@code XGBoostError} undeclared.
 */
public final class SparkDebugger {
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.spark");

    private SparkDebugger() {
    }

    /**
     * Fits the estimator on the dataset like {@code estimator.fit(dataset)}, with the hook capturing on every
     * worker.
     *
     * @param estimator an XGBoost4J-Spark 3.4 estimator, configured as for {@code fit}
     * @param dataset the training data
     * @param hook what to capture and where
     * @param <M> the model type
     * @return the fitted model, its parent set to the estimator
     * @throws IllegalArgumentException if the estimator is not an XGBoost4J-Spark estimator, or the hook's output
     *     location already holds a trial
     */
    public static <M extends PredictionModel<Vector, M>> M fit(Predictor<Vector, ?, M> estimator,
            Dataset<?> dataset, HookConfig hook) {
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(hook, "hook");
        XGBoostEstimator<?, ?> xgboost = requireXgboost(estimator);
        Optional<HookSpec> spec = debuggable(xgboost, dataset, hook);
        if (spec.isEmpty()) {
            return estimator.fit(dataset);
        }
        requireNoTrial(hook);
        estimator.transformSchema(dataset.schema());
        M model = fitDebugged(xgboost, dataset, spec.get());
        model.setParent(estimator);
        return model;
    }

    @SuppressWarnings("unchecked")
    private static <M extends PredictionModel<Vector, M>> M fitDebugged(XGBoostEstimator<?, ?> estimator,
            Dataset<?> dataset, HookSpec spec) {
        DistributedFit<?> fit = new DistributedFit<>((XGBoostEstimator<?, XgbModel>) estimator, spec);
        try {
            return (M) fit.fit(dataset);
        } catch (ml.dmlc.xgboost4j.java.XGBoostError e) {
            throw Sneaky.<RuntimeException>rethrow(e);
        }
    }

    /**
     * Returns the configuration in the form shipped to the executors, or empty (warned) when the fit must run
     * without the debugger: XGBoost4J-Spark trains it its own way, or the configuration does not rebuild on the
     * driver (a Boostscope bug), which would otherwise fail every task.
     */
    private static Optional<HookSpec> debuggable(XGBoostEstimator<?, ?> estimator, Dataset<?> dataset,
            HookConfig hook) {
        if (DistributedFit.needsOwnPath(estimator, dataset)) {
            LOGGER.log(System.Logger.Level.WARNING, "boostscope: XGBoost4J-Spark trains this fit its own way (a "
                    + "data plugin or a GPU device); it runs without the debugger, nothing is written to "
                    + hook.outputUri());
            return Optional.empty();
        }
        try {
            HookSpec spec = HookSpec.of(hook);
            spec.toConfig();
            return Optional.of(spec);
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "boostscope: the hook configuration cannot be shipped to the "
                    + "executors; the fit runs without the debugger", e);
            return Optional.empty();
        }
    }

    private static XGBoostEstimator<?, ?> requireXgboost(Predictor<Vector, ?, ?> estimator) {
        if (estimator instanceof XGBoostEstimator<?, ?> xgboost) {
            return xgboost;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "estimator must be an XGBoost4J-Spark "
                + "estimator (XGBoostClassifier, XGBoostRegressor or XGBoostRanker): %s", estimator.getClass()
                .getName()));
    }

    /**
     * Refuses a location that already holds a trial, before any task starts; a location that cannot be read is
     * logged, and each worker's hook then handles it (training goes on).
     */
    private static void requireNoTrial(HookConfig hook) {
        boolean exists;
        try (Storage storage = Storages.open(hook.outputUri())) {
            exists = storage.exists(TrialLayout.END_MARKER)
                    || !storage.list(TrialLayout.INDEX_PREFIX, null).isEmpty();
        } catch (RuntimeException e) {
            if (hook.failFast()) {
                throw e;
            }
            LOGGER.log(System.Logger.Level.WARNING, "boostscope: cannot read " + hook.outputUri()
                    + "; training goes on, each worker's hook decides whether it can write", e);
            return;
        }
        if (exists) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "output %s already holds a trial; write each run to a new location", hook.outputUri()));
        }
    }

    /** A stand-in model type for the unchecked cast: the estimator's real model type is {@code M}. */
    private interface XgbModel extends XGBoostModel<XgbModel> {
    }

    /** Rethrows a checked exception undeclared, as Scala code (XGBoost4J-Spark's {@code fit}) does. */
    private static final class Sneaky {
        private Sneaky() {
        }

        @SuppressWarnings("unchecked")
        static <T extends Throwable> T rethrow(Throwable t) throws T {
            throw (T) t;
        }
    }
}
