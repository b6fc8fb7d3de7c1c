// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.trial.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes the dashboard's JSON bodies from a trial, through its public interface only. Reads block on storage.
 *
 * <p>Stateless; thread-safe as the trial is.
 */
public final class RunViews {
    private RunViews() {
    }

    /**
     * Returns what a trial holds so far.
     *
     * @param trial the trial
     * @return its steps, workers and collections
     */
    public static TrialInfo trialInfo(Trial trial) {
        Objects.requireNonNull(trial, "trial");
        List<Integer> steps = trial.steps();
        List<TrialInfo.CollectionInfo> collections = new ArrayList<>();
        trial.collections().keySet().stream().sorted().forEach(name -> collections.add(
                new TrialInfo.CollectionInfo(name, trial.tensorNamesInCollection(name).size())));
        int last = steps.isEmpty() ? -1 : steps.get(steps.size() - 1);
        return new TrialInfo(steps, last, trial.loadedAllSteps(), trial.workers(), collections,
                trial.tensorNames().size());
    }
}
