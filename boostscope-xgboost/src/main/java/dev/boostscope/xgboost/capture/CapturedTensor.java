// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.format.TensorRecord;
import java.util.Objects;
import java.util.Set;

/**
 * A tensor of a step snapshot and every included collection its name belongs to (for the collections file).
 *
 * @param record the tensor as written
 * @param collections the names of the collections it belongs to, not empty
 *
 * <p>Immutable. Not API.
 */
public record CapturedTensor(TensorRecord record, Set<String> collections) {

    /**
     * Validates and copies.
     *
     * @param record the tensor
     * @param collections its collections
     */
    public CapturedTensor {
        Objects.requireNonNull(record, "record");
        collections = Set.copyOf(collections);
    }
}
