// SPDX-License-Identifier: Apache-2.0
/**
 * What the views show, as plain immutable records built from arrays: metric curves, confusion matrices,
 * precision/recall/F1, ROC curves, regression errors, label distributions, feature importance and SHAP summaries.
 * The records serialise with Jackson as they are, so the dashboard can send them as JSON. API of the app module.
 */
@NullMarked
package dev.boostscope.app.view.model;

import org.jspecify.annotations.NullMarked;
