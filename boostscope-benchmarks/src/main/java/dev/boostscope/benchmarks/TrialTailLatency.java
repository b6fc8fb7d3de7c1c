// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long after a step's index lands a trial subscription reports it (smdebug 1.0.34 polled every 10 ms:
 * 7.5 ms p50 / 13.6 ms p95 with 1 worker, 13.5 / 26.7 ms with 8, on a local folder), and the CPU a live trial uses
 * while nothing happens. A writer thread writes each step for every worker (event file, then index) every
 * {@code pace} ms; the latency of a step runs from just before its last index put starts to the {@code onStep} call.
 *
 * <pre>{@code
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" \
 *     dev.boostscope.benchmarks.TrialTailLatency local 1 300
 * # arguments: local|s3, workers, steps, [pace ms, default 25], [idle seconds, default 12]
 * }</pre>
 *
 * <p>Not thread-safe: a main.
 */
public final class TrialTailLatency {
    private static final int WARMUP_STEPS = 20;

    private TrialTailLatency() {
    }

    /**
     * Runs the measurement and prints the results.
     *
     * @param args local|s3, workers, steps, pace in ms, idle seconds
     * @throws Exception if the measurement fails
     */
    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "local";
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long pace = args.length > 3 ? Long.parseLong(args[3]) : 25;
        int idle = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        S3ServerExtension server = null;
        Storage storage;
        if (kind.equals("s3")) {
            server = new S3ServerExtension();
            server.start();
            storage = server.newStorage(URI.create("s3://" + server.createBucket() + "/latency/"));
        } else {
            storage = LocalStorage.open(Files.createTempDirectory("trial-latency"));
        }
        try {
            run(kind, storage, workers, steps, pace, idle);
        } finally {
            storage.close();
            if (server != null) {
                server.stop();
            }
        }
    }

    private static void run(String kind, Storage storage, int workers, int steps, long pace, int idle)
            throws Exception {
        TrialBenchData.writers(storage, workers);
        long[] landed = new long[steps];
        long[] seen = new long[steps];
        CountDownLatch all = new CountDownLatch(steps);
        try (Trial trial = Trials.newBuilder(storage).allowEmpty(true).open()) {
            trial.onStep((t, step) -> {
                seen[step] = System.nanoTime();
                all.countDown();
            });
            long readerCpuBefore = readerCpu();
            for (int step = 0; step < steps; step++) {
                for (int rank = 0; rank < workers; rank++) {
                    landed[step] = TrialBenchData.writeStepTimed(storage, step, TrialLayout.workerName(rank));
                }
                Thread.sleep(pace);
            }
            if (!all.await(60, TimeUnit.SECONDS)) {
                Thread.getAllStackTraces().forEach((thread, stack) -> {
                    if (thread.getName().startsWith("boostscope")) {
                        System.err.println(thread.getName() + " " + thread.getState() + " "
                                + Arrays.toString(stack).replace(", ", "\n    "));
                    }
                });
                throw new IllegalStateException("not every step was reported: " + all.getCount() + " missing; "
                        + trial);
            }
            long readerCpuActive = readerCpu() - readerCpuBefore;
            report(kind, workers, steps, landed, seen, readerCpuActive);
            measureIdle(idle);
        }
    }

    private static void report(String kind, int workers, int steps, long[] landed, long[] seen, long readerCpu) {
        double[] millis = new double[steps - WARMUP_STEPS];
        for (int step = WARMUP_STEPS; step < steps; step++) {
            millis[step - WARMUP_STEPS] = (seen[step] - landed[step]) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s, %d worker(s), %d steps measured: latency p50 %.2f ms, p95 %.2f ms, "
                + "max %.2f ms; reader threads' CPU %.2f ms per step%n", kind, workers, millis.length,
                percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1],
                readerCpu / 1e6 / steps);
    }

    /** Measures CPU over the first seconds after the last step (fast polls), then over as many once backed off. */
    private static void measureIdle(int seconds) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String phase : new String[] {"just after the last step", "steady"}) {
            long process = os.getProcessCpuTime();
            long reader = readerCpu();
            Thread.sleep(seconds * 1000L);
            System.out.printf(Locale.ROOT, "idle %d s, %s: process CPU %.2f ms/s, reader threads' CPU %.3f ms/s%n",
                    seconds, phase, (os.getProcessCpuTime() - process) / 1e6 / seconds,
                    (readerCpu() - reader) / 1e6 / seconds);
        }
    }

    /** Returns the CPU time of the reader's threads (refresher, delivery, storage watch). */
    private static long readerCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("boostscope-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
