// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.DataFormat;
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
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Trains with the debug hook's {@link DebugTraining}: the data is read by {@link DatasetReader} (errors name the file
 * and line), the job's {@code DebugHookConfig} goes through the hook's JSON reader (written to the job folder as
 * {@code debughookconfig.json}), the job's stop flag is the hook's stop signal, and each round is reported to the job.
 *
 * <p>Not thread-safe.
 */
final class HookTrainer implements Trainer {
    private final Path jobFolder;

    HookTrainer(Path jobFolder) {
        this.jobFolder = jobFolder;
    }

    @Override
    public Session load(Plan plan) throws XGBoostError, IOException {
        HookConfig hook = HookConfigs.write(plan.hook(), plan.artifactsPath(), jobFolder.resolve(HookConfigs.FILE));
        Dataset train = read(plan.train(), 0, plan.params());
        @Nullable Dataset validation = plan.validation() == null ? null
                : read(plan.validation(), train.columns(), plan.params());
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
            DebugTraining.Builder builder = DebugTraining.newBuilder().params(new LinkedHashMap<>(plan.params()))
                    .trainData(matrices.get(0)).rounds(plan.numRound()).evalSet("train", matrices.get(0))
                    .hook(hook).stopSignal(stop.signal())
                    .roundListener(round -> observer.onRound(round.round(), round.metrics()));
            if (matrices.size() > 1) {
                builder.evalSet("validation", matrices.get(1));
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
