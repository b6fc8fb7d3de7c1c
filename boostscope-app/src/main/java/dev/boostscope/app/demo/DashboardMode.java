// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

/**
 * Whether {@code boostscope demo} serves the dashboard, and for how long.
 *
 * <p>Immutable.
 */
public enum DashboardMode {
    /** No dashboard ({@code --no-dashboard}): the demo exits when the job ends. */
    OFF,
    /** The dashboard while the job runs; the demo exits when the job ends (the default). */
    UNTIL_JOB_ENDS,
    /** The dashboard while the job runs and after, until Ctrl-C ({@code --keep-serving}). */
    UNTIL_INTERRUPTED;

    /**
     * Returns whether a dashboard is served at all.
     *
     * @return false for {@link #OFF}
     */
    public boolean serves() {
        return this != OFF;
    }
}
