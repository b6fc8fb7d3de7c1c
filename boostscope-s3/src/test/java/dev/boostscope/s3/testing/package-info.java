// SPDX-License-Identifier: Apache-2.0
/**
 * A real S3-compatible server for tests, {@link dev.boostscope.s3.testing.S3ServerExtension} (S3Proxy in-process on
 * loopback), shared with other modules through boostscope-s3's test-jar. Test API only.
 */
@NullMarked
package dev.boostscope.s3.testing;

import org.jspecify.annotations.NullMarked;
