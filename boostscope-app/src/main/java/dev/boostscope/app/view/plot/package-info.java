// SPDX-License-Identifier: Apache-2.0
/**
 * Images of the view models: JFreeChart charts (metric curves, feature importance, the confusion-matrix heatmap,
 * ROC, histograms), PNG encoding, and the animated confusion-matrix GIF written with plain {@code javax.imageio}.
 * Everything renders headless. API of the app module.
 */
@NullMarked
package dev.boostscope.app.view.plot;

import org.jspecify.annotations.NullMarked;
