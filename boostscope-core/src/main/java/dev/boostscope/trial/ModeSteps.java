// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.Arrays;

/**
 * The steps of one mode (TRAIN, EVAL or PREDICT) in that mode's numbering, each with its global step, sorted by mode
 * step.
 *
 * <p>Not thread-safe: guarded by the owning {@link TrialIndex}'s lock.
 */
final class ModeSteps {
    private int[] modeSteps = new int[4];
    private int[] globals = new int[4];
    private int size;

    /**
     * Records a step; a mode step seen before keeps its first global step.
     *
     * @param modeStep the step in the mode's numbering
     * @param global the global step
     */
    void add(int modeStep, int global) {
        int at = Arrays.binarySearch(modeSteps, 0, size, modeStep);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        if (size == modeSteps.length) {
            modeSteps = Arrays.copyOf(modeSteps, size * 2);
            globals = Arrays.copyOf(globals, size * 2);
        }
        System.arraycopy(modeSteps, insert, modeSteps, insert + 1, size - insert);
        System.arraycopy(globals, insert, globals, insert + 1, size - insert);
        modeSteps[insert] = modeStep;
        globals[insert] = global;
        size++;
    }

    int size() {
        return size;
    }

    int modeStep(int index) {
        return modeSteps[index];
    }

    int global(int index) {
        return globals[index];
    }

    /**
     * Returns the first index whose mode step is at least a value.
     *
     * @param modeStep the value
     * @return the index, {@code size()} if none
     */
    int lowerBound(int modeStep) {
        int at = Arrays.binarySearch(modeSteps, 0, size, modeStep);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * Returns the global step of a mode step.
     *
     * @param modeStep the step in the mode's numbering
     * @return the global step, or -1 if unknown
     */
    int globalOf(int modeStep) {
        int at = Arrays.binarySearch(modeSteps, 0, size, modeStep);
        return at >= 0 ? globals[at] : -1;
    }
}
