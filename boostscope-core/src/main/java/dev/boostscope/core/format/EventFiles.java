// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.CodedOutputStream;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.format.proto.EventProtos.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a step's event file (one framed record per tensor, plus the matching index) and reads records back.
 *
 * <p>Thread-safe.
 */
public final class EventFiles {
    private EventFiles() {
    }

    /**
     * Encodes one step's tensors into an event file and its index. Each tensor's bytes are copied once, straight into
     * the file's array; events are serialized field by field ({@link EventEncoder}), with no message objects.
     *
     * @param tensors the step's tensors, all of one step and mode, with distinct names, in write order
     * @param eventKey the event file's key, recorded in the index
     * @return the bytes of both files
     * @throws IllegalArgumentException if the list is empty, mixes steps or modes, repeats a name, holds a string
     *     that is not valid Unicode, or the file would exceed 2 GiB
     */
    public static EncodedStep encode(List<TensorRecord> tensors, String eventKey) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("a step must hold at least one tensor: " + eventKey);
        }
        List<EventEncoder.Prepared> events = events(tensors, eventKey);
        long total = 0;
        for (EventEncoder.Prepared event : events) {
            total += event.size() + TfRecords.OVERHEAD;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "event file %s would hold %d bytes: at most 2 GiB per step and worker", eventKey, total));
        }
        byte[] out = new byte[(int) total];
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        List<IndexFile.TensorLocation> locations = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            int start = coded.getTotalBytesWritten();
            TfRecords.write(coded, out, events.get(i), TfRecords.Footer.SMDEBUG_MAGIC);
            locations.add(new IndexFile.TensorLocation(tensors.get(i).name(), start,
                    coded.getTotalBytesWritten() - start));
        }
        coded.checkNoSpaceLeft();
        TensorRecord first = tensors.get(0);
        IndexFile index = new IndexFile(first.mode(), first.modeStep(), eventKey, locations,
                IndexFile.CURRENT_VERSION);
        return new EncodedStep(out, index);
    }

    /**
     * Decodes every record of an event file, verifying each; a TensorBoard file's {@code file_version} header record
     * is skipped.
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
            String where = source + " at byte " + offset;
            Event event = EventCodec.parse(bytes, span.offset(), span.length(), where);
            if (!EventCodec.isHeader(event)) {
                out.add(EventCodec.fromEvent(event, where));
            }
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
        TensorRecord scanned = EventScanner.scan(record, span.offset(), span.length());
        return scanned != null ? scanned
                : EventCodec.decode(record, span.offset(), span.length(), source + " at byte " + fileOffset);
    }

    private static List<EventEncoder.Prepared> events(List<TensorRecord> tensors, String eventKey) {
        TensorRecord first = tensors.get(0);
        EventEncoder encoder = new EventEncoder(first.mode(), first.modeStep());
        Set<String> names = new HashSet<>(tensors.size() * 2);
        List<EventEncoder.Prepared> events = new ArrayList<>(tensors.size());
        for (TensorRecord tensor : tensors) {
            checkSameStep(first, tensor);
            if (!names.add(tensor.name())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "tensor '%s' appears twice in step %d of %s: names must be distinct", tensor.name(),
                        tensor.step(), eventKey));
            }
            events.add(encoder.prepare(tensor));
        }
        return events;
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
     *
     * <p>Immutable by convention: the array is not copied.
     */
    public record EncodedStep(byte[] eventBytes, IndexFile index) {
    }
}
