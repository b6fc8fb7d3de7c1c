// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

/**
 * Where one tensor's value at one step from one worker lies: a record of an event file.
 *
 * @param tensor the tensor name
 * @param step the global step
 * @param worker the worker name
 * @param eventKey the event file's key
 * @param start the record's first byte
 * @param length the record's length, framing included
 * @param spanEnd where the last record the step's index lists for this worker ends (the file's indexed span)
 *
 * <p>Immutable.
 */
record Location(String tensor, int step, String worker, String eventKey, long start, int length, long spanEnd) {
}
