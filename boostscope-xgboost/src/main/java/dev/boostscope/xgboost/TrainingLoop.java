// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * The boosting loop XGBoost4J gives no callback in: per round, a stop check, {@code update}, evaluation, the hook's
 * capture, the listener, and early stopping, each in its own method. XGBoost's errors pass through unchanged; on any
 * failure the booster is disposed and the hook is still closed (flushed, end marker written).
 *
 * <p>Not thread-safe: one run, on the calling thread.
 */
final class TrainingLoop {
    private final TrainingInputs in;
    private final Collective collective;
    private final String[] evalNames;
    private final DMatrix[] evalMatrices;
    private final EarlyStopping earlyStopping;

    TrainingLoop(TrainingInputs in, Collective collective) {
        this.in = in;
        this.collective = collective;
        this.evalNames = in.watches().keySet().toArray(String[]::new);
        this.evalMatrices = in.watches().values().toArray(DMatrix[]::new);
        String last = evalNames.length == 0 ? "" : evalNames[evalNames.length - 1];
        this.earlyStopping = new EarlyStopping(in.earlyStoppingRounds(), in.params(), last);
    }

    TrainingResult run() throws XGBoostError {
        HookSession session = in.hook() == null ? HookSession.none() : HookSession.open(in.hook(), in, collective);
        Booster booster = null;
        try {
            booster = newBooster();
            Outcome outcome = rounds(booster, session);
            session.close(true);
            return new TrainingResult(booster, outcome.rounds(), outcome.completion(), outcome.reason(),
                    earlyStopping, outcome.metrics(), session.statistics());
        } catch (XGBoostError | RuntimeException | Error e) {
            abort(session, booster, e);
            throw e;
        }
    }

    /**
     * Returns a fresh booster with the training data and eval sets as prediction caches, as {@code XGBoost.train}
     * makes it. An {@code eval_metric} given as a collection adds each metric (as Python's list does); XGBoost4J
     * alone accepts one.
     */
    private Booster newBooster() throws XGBoostError {
        Map<String, Object> params = new LinkedHashMap<>(in.params());
        Object metric = params.get("eval_metric");
        if (metric instanceof Collection<?> metrics) {
            params.remove("eval_metric");
        }
        Booster booster = XGBoost.train(in.train(), params, 0, in.watches(), null, null);
        if (metric instanceof Collection<?> metrics) {
            for (Object name : metrics) {
                booster.setParam("eval_metric", String.valueOf(name));
            }
        }
        return booster;
    }

    private Outcome rounds(Booster booster, HookSession session) throws XGBoostError {
        long start = System.nanoTime();
        Map<String, Double> metrics = Map.of();
        for (int round = 0; round < in.rounds(); round++) {
            Optional<String> stop = stopRequested();
            if (stop.isPresent()) {
                return new Outcome(round, Completion.STOPPED, stop.get(), metrics);
            }
            long roundStart = System.nanoTime();
            update(booster, round);
            Evaluation evaluation = evaluate(booster, round);
            metrics = evaluation.metrics();
            record(round, metrics);
            session.afterRound(round, booster, metrics);
            notifyListener(round, metrics, roundStart, start, session);
            if (earlyStop(booster, round, metrics, evaluation.line())) {
                return new Outcome(round + 1, Completion.EARLY_STOPPED, String.format(Locale.ROOT,
                        "early stopping after %d rounds away from the best iteration %d",
                        in.earlyStoppingRounds(), earlyStopping.bestIteration()), metrics);
            }
        }
        return new Outcome(in.rounds(), Completion.COMPLETED, null, metrics);
    }

    private Optional<String> stopRequested() {
        Optional<String> local = in.stopSignal() == null ? Optional.empty() : in.stopSignal().reason();
        if (collective.worldSize() > 1 && collective.anyTrue(local.isPresent()) && local.isEmpty()) {
            return Optional.of("stop requested on another worker");
        }
        return local;
    }

    private void update(Booster booster, int round) throws XGBoostError {
        if (in.objective() != null) {
            booster.update(in.train(), round, in.objective());
        } else {
            booster.update(in.train(), round);
        }
    }

    /** Evaluates every eval set; built-in metrics are parsed from XGBoost's line, custom ones taken as floats. */
    private Evaluation evaluate(Booster booster, int round) throws XGBoostError {
        if (evalMatrices.length == 0) {
            return new Evaluation("", Map.of());
        }
        if (in.evaluation() == null) {
            String line = booster.evalSet(evalMatrices, evalNames, round);
            return new Evaluation(line, EvalLine.parse(line));
        }
        float[] values = new float[evalMatrices.length];
        String line = booster.evalSet(evalMatrices, evalNames, in.evaluation(), values);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            metrics.put(evalNames[i] + "-" + in.evaluation().getMetric(), (double) values[i]);
        }
        return new Evaluation(line, metrics);
    }

    /** Fills XGBoost4J's metrics output array with each eval set's last metric. */
    private void record(int round, Map<String, Double> metrics) {
        float[][] out = in.metricsOut();
        if (out == null) {
            return;
        }
        for (int i = 0; i < evalNames.length; i++) {
            String prefix = evalNames[i] + "-";
            for (Map.Entry<String, Double> metric : metrics.entrySet()) {
                if (metric.getKey().startsWith(prefix)) {
                    out[i][round] = metric.getValue().floatValue();
                }
            }
        }
    }

    private void notifyListener(int round, Map<String, Double> metrics, long roundStart, long start,
            HookSession session) {
        if (in.listener() != null) {
            long now = System.nanoTime();
            in.listener().afterRound(new RoundInfo(round, metrics, Duration.ofNanos(now - roundStart),
                    Duration.ofNanos(now - start), session.statistics()));
        }
    }

    /** Updates the best iteration and prints the eval line as XGBoost4J does; returns whether to stop. */
    private boolean earlyStop(Booster booster, int round, Map<String, Double> metrics, String line)
            throws XGBoostError {
        if (metrics.isEmpty()) {
            return false;
        }
        boolean stop = earlyStopping.update(booster, round, metrics);
        if (stop) {
            print(round, String.format(Locale.ROOT, "early stopping after %d rounds away from the best iteration",
                    in.earlyStoppingRounds()));
        } else if (collective.rank() == 0) {
            print(round, line + '\n');
        }
        return stop;
    }

    private void print(int round, String text) throws XGBoostError {
        if (EvalPrinting.shouldPrint(in.params(), round)) {
            Communicator.communicatorPrint(text);
        }
    }

    private static void abort(HookSession session, @Nullable Booster booster, Throwable failure) {
        try {
            session.close(false);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        if (booster != null) {
            booster.dispose();
        }
    }

    private record Evaluation(String line, Map<String, Double> metrics) {
    }

    private record Outcome(int rounds, Completion completion, @Nullable String reason, Map<String, Double> metrics) {
    }
}
