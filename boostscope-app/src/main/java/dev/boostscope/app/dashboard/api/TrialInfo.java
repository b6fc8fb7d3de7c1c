// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.List;

/**
 * What a run's trial holds so far, as part of {@link RunDetail}.
 *
 * <p>Immutable.
 *
 * @param steps the complete steps, ascending
 * @param lastStep the last complete step, or -1
 * @param ended whether training has ended and every step is loaded
 * @param workers the workers that wrote, sorted
 * @param collections the collections with how many tensors each has, by name
 * @param tensorCount how many tensor names the trial has seen
 */
public record TrialInfo(List<Integer> steps, int lastStep, boolean ended, List<String> workers,
        List<CollectionInfo> collections, int tensorCount) {

    /**
     * Copies.
     *
     * @param steps the steps
     * @param lastStep the last step
     * @param ended whether training ended
     * @param workers the workers
     * @param collections the collections
     * @param tensorCount the number of tensors
     */
    public TrialInfo {
        steps = List.copyOf(steps);
        workers = List.copyOf(workers);
        collections = List.copyOf(collections);
    }

    /**
     * A collection and its size.
     *
     * @param name the collection's name, as it came from the data
     * @param tensors how many tensors it holds now
     */
    public record CollectionInfo(String name, int tensors) {
    }
}
