// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.dashboard.Dashboard;
import dev.boostscope.app.dashboard.DashboardConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The dashboard the demo serves over its jobs home (the job's status, rules and trial, wherever the trial is), on a
 * free loopback port.
 *
 * <p>Thread-safe.
 */
final class DemoDashboard implements AutoCloseable {
    private final Dashboard dashboard;

    private DemoDashboard(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Starts serving the jobs of a jobs home. */
    static DemoDashboard start(Path jobsHome) {
        for (String logger : new String[] {"io.javalin", "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
        DashboardConfig config = DashboardConfig.newBuilder().jobsHome(jobsHome).port(0).build();
        return new DemoDashboard(Dashboard.create(config).start());
    }

    URI url() {
        return dashboard.url();
    }

    /**
     * Blocks until the process is asked to end (Ctrl-C) or the calling thread is interrupted, then closes the
     * server.
     */
    void serveUntilInterrupted() {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            dashboard.close();
            closed.countDown();
        }, "boostscope-demo-dashboard-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    @Override
    public void close() {
        dashboard.close();
    }
}
