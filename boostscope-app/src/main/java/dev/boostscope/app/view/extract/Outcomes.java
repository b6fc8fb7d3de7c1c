// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.core.FormatException;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Tensor;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Walks the steps that saved predictions, one step in memory at a time, pairing each with the labels of that step
 * (or, as the hook saves the same labels each time, the last labels saved before it).
 *
 * <p>Not thread-safe.
 */
final class Outcomes implements Iterable<Outcome> {
    private final TrialTensors tensors;
    private final List<Integer> steps;

    Outcomes(TrialTensors tensors) {
        this.tensors = tensors;
        boolean present = tensors.has(TrialTensors.LABELS) && tensors.has(TrialTensors.PREDICTIONS);
        this.steps = present ? tensors.trial().tensor(TrialTensors.PREDICTIONS).steps() : List.of();
    }

    boolean isEmpty() {
        return steps.isEmpty() || tensors.trial().tensor(TrialTensors.LABELS).steps().isEmpty();
    }

    int lastStep() {
        return steps.get(steps.size() - 1);
    }

    /** Returns the outcome at one step that saved predictions. */
    Outcome at(int step) {
        Tensor labelTensor = tensors.trial().tensor(TrialTensors.LABELS);
        List<Integer> labelSteps = labelTensor.steps();
        int labelStep = labelSteps.get(0);
        for (int candidate : labelSteps) {
            if (candidate <= step) {
                labelStep = candidate;
            }
        }
        double[] labels = labelTensor.value(labelStep).toDoubleArray();
        NdArray predictions = tensors.trial().tensor(TrialTensors.PREDICTIONS).value(step);
        long rows = predictions.rank() == 0 ? 1 : predictions.shape()[0];
        if (rows != labels.length) {
            throw new FormatException(String.format(Locale.ROOT,
                    "labels and predictions must have as many rows at step %d of %s: %d labels, %d predictions",
                    step, tensors.trial().uri(), labels.length, rows));
        }
        return new Outcome(step, labels, predictions);
    }

    Outcome last() {
        return at(lastStep());
    }

    @Override
    public Iterator<Outcome> iterator() {
        Iterator<Integer> stepIterator = steps.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stepIterator.hasNext();
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return at(stepIterator.next());
            }
        };
    }
}
