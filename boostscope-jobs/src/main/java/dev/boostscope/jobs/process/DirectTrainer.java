// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.jobs.spec.DataFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Trains with XGBoost4J's own loop and saves the metrics collection at each save step: the stand-in used until the
 * debug hook's {@code DebugTraining} is wired in.
 *
 * <p>Not thread-safe.
 */
final class DirectTrainer implements Trainer {
    private static final String WORKER = "worker_0";

    private final List<DMatrix> sets = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final TreeSet<String> seen = new TreeSet<>();
    private @Nullable Plan plan;

    @Override
    public Session load(Plan value) throws XGBoostError {
        plan = value;
        sets.add(load(value.train()));
        names.add("train");
        if (value.validation() != null) {
            sets.add(load(value.validation()));
            names.add("validation");
        }
        return new Session() {
            @Override
            public Outcome train(StopFlag stop, RoundObserver observer) throws XGBoostError {
                return DirectTrainer.this.train(stop, observer);
            }

            @Override
            public void close() {
                sets.forEach(DMatrix::dispose);
            }
        };
    }

    private Outcome train(StopFlag stop, RoundObserver observer) throws XGBoostError {
        Plan current = Objects.requireNonNull(plan, "plan");
        Booster booster = XGBoost.train(sets.get(0), new LinkedHashMap<>(current.params()), 0, Map.of(), null, null);
        try (Storage storage = Storages.open(Storages.parseLocation(current.artifactsPath()))) {
            TrialWriter writer = TrialWriter.open(storage, WORKER);
            int interval = Integer.parseInt(current.hook().hookParameters().getOrDefault("save_interval", "1"));
            Map<String, Double> metrics = Map.of();
            int round = 0;
            for (; round < current.numRound() && !stop.isRequested(); round++) {
                metrics = boost(booster, round);
                if (round % interval == 0) {
                    write(writer, round, metrics);
                }
                observer.onRound(round, metrics);
            }
            writer.writeEndMarker();
            return new Outcome(booster.toByteArray("ubj"), round, metrics);
        } finally {
            booster.dispose();
        }
    }

    private Map<String, Double> boost(Booster booster, int round) throws XGBoostError {
        booster.update(sets.get(0), round);
        return parse(booster.evalSet(sets.toArray(DMatrix[]::new), names.toArray(String[]::new), round));
    }

    private void write(TrialWriter writer, int round, Map<String, Double> metrics) {
        double now = System.currentTimeMillis() / 1000.0;
        List<TensorRecord> records = new ArrayList<>();
        metrics.forEach((name, value) -> records.add(
                new TensorRecord(name, NdArray.scalar(value), round, Mode.GLOBAL, round, now)));
        writer.writeStep(records);
        if (seen.addAll(metrics.keySet())) {
            CollectionEntry entry = new CollectionEntry("metrics", List.of(), seen, Map.of(), false);
            writer.writeCollections(new CollectionsFile(Map.of("metrics", entry), 1, CollectionsFile.CURRENT_VERSION));
        }
    }

    static Map<String, Double> parse(String evalLine) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        String[] fields = evalLine.strip().split("\t");
        for (int i = 1; i < fields.length; i++) {
            int colon = fields[i].lastIndexOf(':');
            metrics.put(fields[i].substring(0, colon), Double.parseDouble(fields[i].substring(colon + 1)));
        }
        return metrics;
    }

    private static DMatrix load(StagedChannel channel) throws XGBoostError {
        String suffix = channel.format() == DataFormat.CSV ? "?format=csv&label_column=0" : "?format=libsvm";
        return new DMatrix(channel.file() + suffix);
    }
}
