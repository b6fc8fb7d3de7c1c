// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import java.util.List;
import java.util.StringJoiner;

/**
 * Writes step lists compactly for people: runs of three or more evenly spaced steps become {@code 0-9} or
 * {@code 0-90 every 10}.
 *
 * <p>Thread-safe.
 */
final class StepRanges {
    private StepRanges() {
    }

    /**
     * Formats steps.
     *
     * @param steps ascending steps
     * @return for example {@code 0-4, 7, 10-40 every 10}; {@code none} if empty
     */
    static String format(List<Integer> steps) {
        if (steps.isEmpty()) {
            return "none";
        }
        StringJoiner out = new StringJoiner(", ");
        int i = 0;
        while (i < steps.size()) {
            int end = runEnd(steps, i);
            if (end - i >= 2) {
                int stride = steps.get(i + 1) - steps.get(i);
                out.add(steps.get(i) + "-" + steps.get(end) + (stride == 1 ? "" : " every " + stride));
                i = end + 1;
            } else {
                out.add(Integer.toString(steps.get(i)));
                i++;
            }
        }
        return out.toString();
    }

    private static int runEnd(List<Integer> steps, int start) {
        if (start + 1 >= steps.size()) {
            return start;
        }
        int stride = steps.get(start + 1) - steps.get(start);
        int end = start + 1;
        while (end + 1 < steps.size() && steps.get(end + 1) - steps.get(end) == stride) {
            end++;
        }
        return end;
    }
}
