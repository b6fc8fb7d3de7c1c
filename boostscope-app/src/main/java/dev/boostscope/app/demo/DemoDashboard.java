// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.dashboard.Dashboard;
import dev.boostscope.app.dashboard.DashboardConfig;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * The dashboard the demo serves over its output (a folder or an S3 prefix), on a free loopback port, until Ctrl-C.
 *
 * <p>Thread-safe.
 */
final class DemoDashboard {
    private final Dashboard dashboard;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DemoDashboard(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Starts serving the trials under a location. */
    static DemoDashboard start(String trialRoot) {
        for (String logger : new String[] {"io.javalin", "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
        DashboardConfig config = DashboardConfig.newBuilder().trialRoot(trialRoot).port(0).build();
        return new DemoDashboard(Dashboard.create(config).start());
    }

    URI url() {
        return dashboard.url();
    }

    /** Blocks until the process is interrupted (Ctrl-C), then closes the server. */
    void serveUntilInterrupted() {
        Thread hook = new Thread(() -> {
            dashboard.close();
            closed.countDown();
        }, "boostscope-demo-dashboard-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dashboard.close();
        }
    }
}
