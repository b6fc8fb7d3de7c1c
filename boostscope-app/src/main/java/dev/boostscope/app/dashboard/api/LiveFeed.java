// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.dashboard.live.RunFeed;
import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.trial.Trial;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard pushes: step events and job status.
 *
 * <p>Stateless; thread-safe.
 */
public final class LiveFeed implements RunFeed {
    @Override
    public Object step(Trial trial, int step) {
        return Map.of("step", step);
    }

    @Override
    public Optional<Object> job(RunRef run) {
        return Optional.empty();
    }
}
