// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.FormatException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a step's event file (one framed record per tensor, plus the matching index) and reads records back.
 *
 * <p>Thread-safe.
 */
public final class EventFiles {
    private EventFiles() {
    }

    /**
     * Encodes one step's tensors into an event file and its index.
     *
     * @param tensors the step's tensors, all of one step and mode, in write order
     * @param eventKey the event file's key, recorded in the index
     * @return the bytes of both files
     * @throws IllegalArgumentException if the list is empty or mixes steps or modes
     */
    public static EncodedStep encode(List<TensorRecord> tensors, String eventKey) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("a step must hold at least one tensor: " + eventKey);
        }
        TensorRecord first = tensors.get(0);
        List<byte[]> payloads = new ArrayList<>(tensors.size());
        int total = 0;
        for (TensorRecord tensor : tensors) {
            checkSameStep(first, tensor);
            byte[] payload = EventCodec.encode(tensor);
            payloads.add(payload);
            total = Math.addExact(total, payload.length + TfRecords.OVERHEAD);
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        List<IndexFile.TensorLocation> locations = new ArrayList<>(tensors.size());
        for (int i = 0; i < payloads.size(); i++) {
            int start = out.position();
            TfRecords.write(out, payloads.get(i), TfRecords.Footer.SMDEBUG_MAGIC);
            locations.add(new IndexFile.TensorLocation(tensors.get(i).name(), start, out.position() - start));
        }
        IndexFile index = new IndexFile(first.mode(), first.modeStep(), eventKey, locations,
                IndexFile.CURRENT_VERSION);
        return new EncodedStep(out.array(), index);
    }

    /**
     * Decodes every record of an event file, verifying each.
     *
     * @param bytes the whole file
     * @param source the file or key, for messages
     * @return the tensors, in file order
     * @throws FormatException if a record is truncated, corrupt or not a tensor event
     */
    public static List<TensorRecord> decodeAll(byte[] bytes, String source) {
        List<TensorRecord> out = new ArrayList<>();
        int offset = 0;
        while (offset < bytes.length) {
            TfRecords.RecordSpan span = TfRecords.read(bytes, offset, source, 0);
            out.add(EventCodec.decode(bytes, span.offset(), span.length(), source + " at byte " + offset));
            offset = span.end();
        }
        return out;
    }

    /**
     * Decodes the single record an index location points at.
     *
     * @param record exactly the record's bytes, as a ranged read returns them
     * @param source the file or key, for messages
     * @param fileOffset where the record starts in its file, for messages
     * @return the tensor
     * @throws FormatException if the bytes are not one whole valid record
     */
    public static TensorRecord decodeRecord(byte[] record, String source, long fileOffset) {
        TfRecords.RecordSpan span = TfRecords.read(record, 0, source, fileOffset);
        if (span.end() != record.length) {
            throw new FormatException(String.format(Locale.ROOT,
                    "corrupt record in %s at byte %d: the index says %d bytes, the record holds %d",
                    source, fileOffset, record.length, span.end()));
        }
        return EventCodec.decode(record, span.offset(), span.length(),
                String.format(Locale.ROOT, "%s at byte %d", source, fileOffset));
    }

    private static void checkSameStep(TensorRecord first, TensorRecord other) {
        if (first.step() != other.step() || first.mode() != other.mode() || first.modeStep() != other.modeStep()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "all tensors of a step must share step and mode: '%s' is at %d/%s, '%s' at %d/%s",
                    first.name(), first.step(), first.mode(), other.name(), other.step(), other.mode()));
        }
    }

    /**
     * A step's encoded event file and index.
     *
     * @param eventBytes the event file
     * @param index the index describing it
     */
    public record EncodedStep(byte[] eventBytes, IndexFile index) {
    }
}
