// SPDX-License-Identifier: Apache-2.0
/**
 * Getting full-size data sets onto disk for the {@code boostscope data} commands: resumable, verified HTTP downloads
 * ({@link dev.boostscope.app.datasets.Downloader}), bzip2 decompression, and the conversion of IDX image files
 * (MNIST, Fashion-MNIST) to LIBSVM. Not API: only the commands' behaviour is.
 */
@NullMarked
package dev.boostscope.app.datasets;

import org.jspecify.annotations.NullMarked;
