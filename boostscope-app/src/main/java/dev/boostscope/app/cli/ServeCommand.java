// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.dashboard.Dashboard;
import dev.boostscope.app.dashboard.DashboardConfig;
import dev.boostscope.app.dashboard.DashboardConfigBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope serve}: the live web dashboard, until Ctrl-C.
 *
 * <p>Not thread-safe, except {@link #stop()}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the live web dashboard of the jobs of a jobs home and the trials under some folders or "
                + "S3 prefixes, until Ctrl-C.",
            "Binds 127.0.0.1 unless --host says otherwise; any other address needs a token (one is generated and "
                + "printed in the URL when --token is not given).",
            "With neither --trials nor --jobs-home, serves the jobs home ($BOOSTSCOPE_HOME, else "
                + "~/.boostscope/jobs)."})
final class ServeCommand implements Runnable {
    /** The port used when --port is not given. */
    static final int DEFAULT_PORT = 7007;
    private static final int SHUTDOWN_WAIT_SECONDS = 5;

    @Option(names = "--trials", paramLabel = "DIR|s3://...",
            description = "A folder or S3 prefix to look for trials under (repeatable).")
    List<String> trials = new ArrayList<>();

    @Option(names = "--jobs-home", paramLabel = "DIR", description = "The jobs home whose jobs are listed.")
    @Nullable Path jobsHome;

    @Option(names = "--port", paramLabel = "N",
            description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H", description = "The address to bind (default: ${DEFAULT-VALUE}).")
    String host = DashboardConfig.DEFAULT_HOST;

    @Option(names = "--token", paramLabel = "T",
            description = "The token requests from other machines must present (16+ URL-safe characters).")
    @Nullable String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment the default jobs home is read from; tests replace it. */
    Map<String, String> environment = System.getenv();

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public void run() {
        quietServerLogs();
        DashboardConfig config = config();
        Thread hook = new Thread(this::stopAndWait, "boostscope-serve-shutdown");
        try (Dashboard dashboard = Dashboard.create(config).start()) {
            Runtime.getRuntime().addShutdownHook(hook);
            announce(dashboard, config);
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            removeHook(hook);
        }
    }

    /** Stops serving: what Ctrl-C does. Thread-safe. */
    void stop() {
        stopped.countDown();
    }

    private void stopAndWait() {
        stop();
        try {
            // the JVM halts when the hooks return: let the server close its trials first
            closed.await(SHUTDOWN_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    DashboardConfig config() {
        DashboardConfigBuilder builder = DashboardConfig.newBuilder().host(host).port(port);
        trials.forEach(builder::trialRoot);
        if (jobsHome != null) {
            builder.jobsHome(jobsHome);
        } else if (trials.isEmpty()) {
            builder.jobsHome(defaultJobsHome());
        }
        if (token != null) {
            builder.token(token);
        }
        return builder.build();
    }

    private Path defaultJobsHome() {
        // the jobs home rule of boostscope-jobs: $BOOSTSCOPE_HOME, else ~/.boostscope/jobs
        String home = environment.get("BOOSTSCOPE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home.strip());
        }
        return Path.of(System.getProperty("user.home"), ".boostscope", "jobs");
    }

    private void announce(Dashboard dashboard, DashboardConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Boostscope dashboard: " + dashboard.url());
        if (config.tokenGenerated()) {
            out.println("A token was generated for this server; it is in the URL above. Share it only with people "
                    + "who may see these runs.");
        }
        out.println("Serving until Ctrl-C.");
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException expected) {
            // the JVM is already shutting down (Ctrl-C), or the hook was never added (start failed)
        }
    }

    private static void quietServerLogs() {
        // Javalin and Jetty log every start at INFO; the URL printed above is what matters
        for (String logger : List.of("io.javalin", "org.eclipse.jetty")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
