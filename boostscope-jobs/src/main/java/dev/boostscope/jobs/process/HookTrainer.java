// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.DataDistribution;
import dev.boostscope.jobs.spec.DataFormat;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.jobs.spec.HookConfigs;
import dev.boostscope.xgboost.DebugTraining;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.TrainingResult;
import dev.boostscope.xgboost.data.Dataset;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Trains with the debug hook's {@link DebugTraining}: the channels are staged by {@link InputStager}, the data is read
 * by {@link DatasetReader} (errors name the file and line), the job's {@code DebugHookConfig} goes through the hook's
 * JSON reader (written to the folder as {@code debughookconfig.json}), the job's stop flag is the hook's stop signal,
 * and each round is reported to the job. A worker of a multi-worker job trains on its {@link Shard} of the training
 * rows, evaluates the whole validation channel (unless that is sharded by key), and writes the trial as
 * {@code worker_<rank>} ({@code include_workers} defaults to {@code all}).
 *
 * <p>Not thread-safe.
 */
final class HookTrainer implements Trainer {
    private static final String INCLUDE_WORKERS = "include_workers";
    private static final String EARLY_STOPPING_ROUNDS = "early_stopping_rounds";

    private final Path folder;
    private final JobLog log;
    private final Shard shard;

    /**
     * Creates a trainer working in a folder: the job's, or a worker's.
     *
     * @param folder where the input is staged and the hook's JSON is written
     * @param log the log
     * @param shard the share of the data this process trains on
     */
    HookTrainer(Path folder, JobLog log, Shard shard) {
        this.folder = folder;
        this.log = log;
        this.shard = shard;
    }

    @Override
    public Session load(Plan plan) throws XGBoostError, IOException {
        InputStager stager = new InputStager(folder.resolve("input/data"), log, shard);
        StagedChannel trainChannel = stager.stage(plan.train());
        @Nullable StagedChannel validationChannel = plan.validation() == null ? null : stager.stage(plan.validation());
        HookConfig hook = HookConfigs.write(hookSpec(plan.hook()), plan.artifactsPath(),
                folder.resolve(HookConfigs.FILE));
        Dataset train = read(trainChannel, 0, plan.params());
        @Nullable Dataset validation = validationChannel == null ? null
                : read(validationChannel, train.columns(), plan.params());
        if (plan.train().distribution() == DataDistribution.FULLY_REPLICATED) {
            train = shard.rows(train);
        }
        log.info("training on %d rows%s", train.rows(), shard.isWhole() ? "" : String.format(Locale.ROOT,
                " (worker %d of %d)", shard.rank(), shard.world()));
        List<DMatrix> loaded = new ArrayList<>();
        try {
            loaded.add(train.toDMatrix());
            if (validation != null) {
                loaded.add(validation.toDMatrix());
            }
        } catch (XGBoostError | RuntimeException e) {
            loaded.forEach(DMatrix::dispose);
            throw e;
        }
        return new Loaded(plan, hook, loaded);
    }

    /** Makes every worker of a multi-worker job write the trial unless the job says otherwise. */
    private DebugHookSpec hookSpec(DebugHookSpec hook) {
        if (shard.isWhole() || hook.hookParameters().containsKey(INCLUDE_WORKERS)) {
            return hook;
        }
        Map<String, String> parameters = new TreeMap<>(hook.hookParameters());
        parameters.put(INCLUDE_WORKERS, "all");
        return new DebugHookSpec(hook.localPath(), hook.s3OutputPath(), parameters, hook.collectionConfigurations());
    }

    /**
     * Reads a channel with the data readers: bad input fails with the file and line; a multi-class objective's labels
     * must be class indices; the validation data takes the training data's width.
     */
    private static Dataset read(StagedChannel channel, int columns, Map<String, Object> params) throws IOException {
        ReadOptions options = channel.format() == DataFormat.CSV ? ReadOptions.csv() : ReadOptions.libsvm();
        Dataset dataset = DatasetReader.read(channel.file(), columns > 0 ? options.withColumns(columns) : options);
        Object objective = params.get("objective");
        Object numClass = params.get("num_class");
        if (objective != null && objective.toString().startsWith("multi:") && numClass != null) {
            dataset.requireClassLabels(Integer.parseInt(numClass.toString().strip()));
        }
        return dataset;
    }

    /** The loaded matrices of one plan. */
    private static final class Loaded implements Session {
        private final Plan plan;
        private final HookConfig hook;
        private final List<DMatrix> matrices;

        Loaded(Plan plan, HookConfig hook, List<DMatrix> matrices) {
            this.plan = plan;
            this.hook = hook;
            this.matrices = matrices;
        }

        @Override
        public Outcome train(StopFlag stop, RoundObserver observer) throws XGBoostError {
            Map<String, Object> params = new LinkedHashMap<>(plan.params());
            // SageMaker's key, not XGBoost's: the training loop stops on the validation metric (the last eval set)
            Object earlyStopping = params.remove(EARLY_STOPPING_ROUNDS);
            DebugTraining.Builder builder = DebugTraining.newBuilder().params(params)
                    .trainData(matrices.get(0)).rounds(plan.numRound()).evalSet("train", matrices.get(0))
                    .hook(hook).stopSignal(stop.signal())
                    .roundListener(round -> observer.onRound(round.round(), round.metrics()));
            if (matrices.size() > 1) {
                builder.evalSet("validation", matrices.get(1));
            }
            if (earlyStopping != null) {
                builder.earlyStoppingRounds(Integer.parseInt(earlyStopping.toString().strip()));
            }
            TrainingResult result = builder.build().train();
            Booster booster = result.booster();
            try {
                Map<String, Double> metrics = result.finalMetrics();
                return new Outcome(booster.toByteArray("ubj"), result.roundsCompleted(), metrics);
            } finally {
                booster.dispose();
            }
        }

        @Override
        public void close() {
            matrices.forEach(DMatrix::dispose);
        }
    }
}
