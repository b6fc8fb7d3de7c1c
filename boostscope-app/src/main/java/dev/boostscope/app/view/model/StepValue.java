// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

/**
 * One point of a curve over steps.
 *
 * <p>Immutable.
 *
 * @param step the global step
 * @param value the value at that step
 */
public record StepValue(int step, double value) {
}
