// SPDX-License-Identifier: Apache-2.0
/**
 * Test fixtures shared by every module through core's test-jar: fakes of the analysis API and of time. Not API.
 */
@NullMarked
package dev.boostscope.testkit;

import org.jspecify.annotations.NullMarked;
