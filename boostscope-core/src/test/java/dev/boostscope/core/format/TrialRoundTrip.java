// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.storage.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a step back the way a trial reader does: the index file, then one ranged read per tensor. Shared with other
 * modules' tests through core's test-jar.
 *
 * <p>Thread-safe.
 */
public final class TrialRoundTrip {
    private TrialRoundTrip() {
    }

    /**
     * Writes a step with {@link TrialWriter} and reads it back through its index and ranged reads.
     *
     * @param storage the trial's storage
     * @param worker the worker name
     * @param tensors the step's tensors
     * @return the tensors read back, in index order
     */
    public static List<TensorRecord> writeAndReadBack(Storage storage, String worker, List<TensorRecord> tensors) {
        IndexFile written = TrialWriter.open(storage, worker).writeStep(tensors);
        long step = tensors.get(0).step();
        String indexKey = TrialLayout.indexKey(step, worker);
        IndexFile index = IndexFile.parse(storage.get(indexKey), indexKey);
        if (!index.equals(written)) {
            throw new AssertionError("index read back differs: " + index + " vs " + written);
        }
        List<TensorRecord> out = new ArrayList<>();
        for (IndexFile.TensorLocation location : index.tensors()) {
            byte[] record = storage.get(index.eventFileName(), location.startIdx(), location.length());
            out.add(EventFiles.decodeRecord(record, index.eventFileName(), location.startIdx()));
        }
        return out;
    }
}
