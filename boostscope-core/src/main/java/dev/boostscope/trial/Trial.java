// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One training run's saved tensors, read while it is still being written (smdebug's {@code Trial}).
 *
 * <p>A step is <em>complete</em> once every worker has written it, the end-of-job marker exists, or a later step is
 * complete; only complete steps are reported by {@link #steps()}. Queries see what the trial has loaded so far;
 * a trial refreshes by itself as new index files land (pushed to {@link #onStep} listeners), and {@link #refresh()}
 * forces a look. Open one with {@code Trials.open(uri)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface Trial extends AutoCloseable {

    /**
     * Returns the trial's location.
     *
     * @return the root URI
     */
    URI uri();

    /**
     * Returns the trial's name: the last segment of its location unless given.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the complete steps, in global step numbers, ascending.
     *
     * @return the steps; empty if none is complete yet
     */
    List<Integer> steps();

    /**
     * Returns the complete steps saved in one mode, in that mode's numbering, ascending.
     *
     * @param mode the mode
     * @return the steps; empty if none
     */
    List<Integer> steps(Mode mode);

    /**
     * Returns the names of every tensor seen so far, sorted.
     *
     * @return the names; empty if none
     */
    List<String> tensorNames();

    /**
     * Returns the names of the tensors of a collection: those the collections file lists, plus those matching its
     * include regexes (as smdebug, since the file may be incomplete), sorted.
     *
     * @param collection a collection name such as {@code metrics}
     * @return the names; empty if none or the collection is unknown
     */
    List<String> tensorNamesInCollection(String collection);

    /**
     * Returns the names of the tensors a regular expression finds ({@code Matcher.find}, as Python's
     * {@code re.search}), sorted.
     *
     * @param regex the expression
     * @return the names; empty if none
     * @throws java.util.regex.PatternSyntaxException if the expression is invalid
     */
    List<String> tensorNamesMatching(String regex);

    /**
     * Returns the collections, by name, merged over the workers' collection files.
     *
     * @return the collections; empty if no collections file has been written yet
     */
    Map<String, TensorCollection> collections();

    /**
     * Returns the names of the workers that write this trial, sorted, such as {@code worker_0}.
     *
     * @return the workers; empty if none has written yet
     */
    List<String> workers();

    /**
     * Returns a tensor by name.
     *
     * @param name the tensor name
     * @return the tensor
     * @throws dev.boostscope.core.TensorUnavailableException if the trial has not seen that name
     */
    Tensor tensor(String name);

    /**
     * Returns whether the trial has seen a tensor name, refreshing once if not.
     *
     * @param name the tensor name
     * @return true if known
     */
    boolean hasTensor(String name);

    /**
     * Returns whether training has ended and every step has been loaded: no more data will come.
     *
     * @return true once the end marker was seen and the final refresh done
     */
    boolean loadedAllSteps();

    /**
     * Returns the newest step that is complete, in global numbering.
     *
     * @return the step, or empty if none is complete
     */
    OptionalInt lastCompleteStep();

    /**
     * Returns whether a global step is available, unavailable for good, or may still come (smdebug's
     * {@code has_passed_step}).
     *
     * @param step a global step
     * @return its state
     */
    StepState hasPassedStep(int step);

    /**
     * Returns the state of a step in one mode's numbering.
     *
     * @param step a step in that mode's numbering
     * @param mode the mode
     * @return its state
     */
    StepState hasPassedStep(int step, Mode mode);

    /**
     * Blocks until every given global step is available.
     *
     * @param steps the global steps
     * @param timeout how long to wait at most
     * @throws dev.boostscope.core.StepUnavailableException if a step was skipped for good
     * @throws dev.boostscope.core.NoMoreDataException if training ended before a step
     * @throws dev.boostscope.core.StepNotYetAvailableException if the timeout passed first
     */
    default void waitForSteps(Collection<Integer> steps, Duration timeout) {
        waitForSteps(steps, Mode.GLOBAL, timeout);
    }

    /**
     * Blocks until every given step of one mode's numbering is available (smdebug's {@code wait_for_steps} with its
     * {@code mode}).
     *
     * @param steps the steps, in that mode's numbering
     * @param mode the mode; {@link Mode#GLOBAL} for global steps
     * @param timeout how long to wait at most, for all the steps together
     * @throws dev.boostscope.core.StepUnavailableException if a step was skipped for good
     * @throws dev.boostscope.core.NoMoreDataException if training ended before a step
     * @throws dev.boostscope.core.StepNotYetAvailableException if the timeout passed first
     */
    void waitForSteps(Collection<Integer> steps, Mode mode, Duration timeout);

    /**
     * Looks for new index files, collection files and the end marker now.
     */
    void refresh();

    /**
     * Subscribes to complete steps: the listener first receives every step already complete, in order, then each new
     * complete step as it lands, then {@link StepListener#onEnd(Trial)} once all steps are loaded. Calls come from one
     * thread per trial, never concurrently for one listener; a listener that throws is logged and stays subscribed.
     *
     * @param listener the listener
     * @return a handle that unsubscribes when closed
     */
    Subscription onStep(StepListener listener);

    /** Stops refreshing and releases storage; the trial is unusable afterwards. */
    @Override
    void close();
}
