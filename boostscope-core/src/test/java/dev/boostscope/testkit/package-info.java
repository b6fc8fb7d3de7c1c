// SPDX-License-Identifier: Apache-2.0
/**
 * Test fixtures shared by every module through boostscope-core's test-jar: the
 * {@link dev.boostscope.testkit.StorageContract} and {@link dev.boostscope.testkit.StorageProperties} that each
 * {@link dev.boostscope.core.storage.Storage} runs, the {@link dev.boostscope.testkit.InMemoryStorage} for unit tests,
 * the {@link dev.boostscope.testkit.ManualClock}, and the {@link dev.boostscope.testkit.FakeTrial} of the analysis
 * API. Test API only; never on a production class path.
 */
@NullMarked
package dev.boostscope.testkit;

import org.jspecify.annotations.NullMarked;
