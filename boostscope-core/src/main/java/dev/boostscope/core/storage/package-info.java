// SPDX-License-Identifier: Apache-2.0
/**
 * Where trials live: the {@link dev.boostscope.core.storage.Storage} SPI, the local folder implementation and
 * {@link dev.boostscope.core.storage.Storages}, which picks an implementation by URI scheme. API.
 */
@NullMarked
package dev.boostscope.core.storage;

import org.jspecify.annotations.NullMarked;
