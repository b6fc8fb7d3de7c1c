// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.jobs.Estimator;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.TrainingJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The notebook's {@code fit(..., wait=False)}: "a fire and forget event": the training job runs in the background (in
 * its own JVM process) and control comes back at once, so the next sections run while it trains.
 *
 * <p>Thread-safe (stateless).
 */
public final class FitWithoutWaiting {
    private FitWithoutWaiting() {
    }

    /**
     * Runs the notebook up to this cell: prepares the data in a jobs home, declares the estimator and starts its job
     * without waiting. The later sections start from here.
     *
     * @param home the jobs home: the data goes to its {@code data} folder, the job to a folder named after it
     * @return the running job
     * @throws IOException if the data cannot be written
     */
    public static TrainingJob startJob(Path home) throws IOException {
        PrepareData.LibsvmFiles files = PrepareData.loadMnist(home.resolve("data"));
        Estimator estimator = DeclareEstimator.estimator(JobsHome.open(home), DeclareEstimator.numRound());
        // This is a fire and forget event. By setting wait to false, you just submit the job to run in the background.
        return estimator.fit(files.channels(), false);
    }

    /**
     * Returns the job the later sections follow, as the notebook's kernel keeps {@code job_name} from cell to cell:
     * the job named by the second argument in the jobs home named by the first, else a new job started by
     * {@link #startJob}.
     *
     * @param args optional: the jobs home (default: a new temporary folder), then a job's name in it
     * @return the job
     * @throws IOException if the data cannot be written
     * @throws dev.boostscope.jobs.JobNotFoundException if the home has no job of that name
     */
    public static TrainingJob jobFromArgs(String[] args) throws IOException {
        Path home = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        return args.length > 1 ? JobsHome.open(home).job(args[1]) : startJob(home);
    }

    /**
     * Starts the job and says so at once; the job goes on training after this program exits.
     *
     * @param args optional: the jobs home (default: a new temporary folder)
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path home = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        TrainingJob job = startJob(home);
        System.out.println("Training job name: " + job.name());
        System.out.println("job folder: " + job.directory());
    }
}
