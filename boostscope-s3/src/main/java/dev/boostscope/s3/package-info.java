// SPDX-License-Identifier: Apache-2.0
/**
 * Storage on Amazon S3 and S3-compatible servers: {@link dev.boostscope.s3.S3Storage} (API, with its builder) and
 * {@link dev.boostscope.s3.S3StorageProvider}, which {@link dev.boostscope.core.storage.Storages#open} finds through
 * {@link java.util.ServiceLoader} for {@code s3://bucket/prefix} URIs. Everything else here is package-private.
 */
@NullMarked
package dev.boostscope.s3;

import org.jspecify.annotations.NullMarked;
