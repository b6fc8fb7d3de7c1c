// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.format.IndexFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One worker's index file for one step, compacted: the interned tensor schema plus record offsets. Event files written
 * by smdebug and Boostscope hold their records back to back from byte 0, so the usual form is one int array of record
 * boundaries ({@code n + 1} ints); anything else keeps explicit starts and lengths.
 *
 * <p>Immutable and thread-safe.
 */
final class WorkerPart {
    private final int worker;
    private final TensorSchema schema;
    private final @Nullable String eventKey;
    private final int @Nullable [] bounds;
    private final long @Nullable [] starts;
    private final int @Nullable [] lengths;

    private WorkerPart(int worker, TensorSchema schema, @Nullable String eventKey, int @Nullable [] bounds,
            long @Nullable [] starts, int @Nullable [] lengths) {
        this.worker = worker;
        this.schema = schema;
        this.eventKey = eventKey;
        this.bounds = bounds;
        this.starts = starts;
        this.lengths = lengths;
    }

    /**
     * Compacts an index file's locations.
     *
     * @param worker the worker id
     * @param schema the interned tensor ids, in the file's order
     * @param eventKey the event file's key, or null when it is the layout's default for the step and worker
     * @param locations the file's locations, in the schema's order
     * @return the part
     */
    static WorkerPart of(int worker, TensorSchema schema, @Nullable String eventKey,
            List<IndexFile.TensorLocation> locations) {
        int[] bounds = contiguousBounds(locations);
        if (bounds != null) {
            return new WorkerPart(worker, schema, eventKey, bounds, null, null);
        }
        long[] starts = new long[locations.size()];
        int[] lengths = new int[locations.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = locations.get(i).startIdx();
            lengths[i] = locations.get(i).length();
        }
        return new WorkerPart(worker, schema, eventKey, null, starts, lengths);
    }

    int worker() {
        return worker;
    }

    TensorSchema schema() {
        return schema;
    }

    @Nullable String eventKey() {
        return eventKey;
    }

    long start(int position) {
        return bounds != null ? bounds[position] : starts[position];
    }

    int length(int position) {
        return bounds != null ? bounds[position + 1] - bounds[position] : lengths[position];
    }

    /**
     * Returns where the last indexed record ends: the span a whole-file read must cover.
     *
     * @return the end offset
     */
    long spanEnd() {
        if (bounds != null) {
            return bounds[bounds.length - 1];
        }
        long end = 0;
        for (int i = 0; i < starts.length; i++) {
            end = Math.max(end, starts[i] + lengths[i]);
        }
        return end;
    }

    private static int @Nullable [] contiguousBounds(List<IndexFile.TensorLocation> locations) {
        int[] bounds = new int[locations.size() + 1];
        long next = 0;
        for (int i = 0; i < locations.size(); i++) {
            IndexFile.TensorLocation location = locations.get(i);
            if (location.startIdx() != next || next + location.length() > Integer.MAX_VALUE) {
                return null;
            }
            bounds[i] = (int) next;
            next += location.length();
        }
        bounds[locations.size()] = (int) next;
        return bounds;
    }
}
