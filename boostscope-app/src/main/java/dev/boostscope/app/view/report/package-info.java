// SPDX-License-Identifier: Apache-2.0
/**
 * The self-contained HTML training report, in the spirit of SageMaker's XGBoost report: one file with inline CSS and
 * charts inlined as PNG {@code data:} URIs, readable offline without JavaScript. Every name from the data is escaped.
 * API: {@link dev.boostscope.app.view.report.HtmlReport}.
 */
@NullMarked
package dev.boostscope.app.view.report;

import org.jspecify.annotations.NullMarked;
