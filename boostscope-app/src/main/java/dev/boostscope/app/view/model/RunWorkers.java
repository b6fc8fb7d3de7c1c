// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.List;
import java.util.Objects;

/**
 * The workers that wrote a run, and whose values a view shows.
 *
 * <p>Immutable.
 *
 * @param names the workers that wrote the trial, sorted; empty if none has written yet
 * @param shown the worker whose values the view shows; empty when each step's value is the first worker's (by name)
 *     that saved it, as smdebug reads them
 */
public record RunWorkers(List<String> names, String shown) {

    /**
     * Validates and copies.
     *
     * @param names the workers
     * @param shown the worker shown, possibly empty
     */
    public RunWorkers {
        names = List.copyOf(names);
        Objects.requireNonNull(shown, "shown");
    }

    /**
     * Returns the workers of a view that reads the first worker at each step.
     *
     * @param names the workers
     * @return the workers
     */
    public static RunWorkers of(List<String> names) {
        return new RunWorkers(names, "");
    }

    /**
     * Returns whether there is something to say about workers: several of them, or a chosen one.
     *
     * @return true for a multi-worker run or a chosen worker
     */
    public boolean worthShowing() {
        return names.size() > 1 || !shown.isEmpty();
    }

    /**
     * Returns a short description such as {@code workers worker_0, worker_1 (values from worker_1)}.
     *
     * @return the description
     */
    public String describe() {
        String text = (names.size() == 1 ? "worker " : "workers ") + String.join(", ", names);
        String from = shown.isEmpty() ? names.isEmpty() ? "" : names.get(0) : shown;
        return from.isEmpty() || names.size() < 2 && from.equals(names.get(0)) ? text
                : text + " (values from " + from + ")";
    }
}
