// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.DType;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes TensorBoard scalar event files, as smdebug's TensorBoard export does for scalar collections: a
 * {@code file_version} header, then one {@code simple_value} (float32) event per numeric one-element tensor, every
 * record framed with the payload's real masked CRC (TensorBoard checks it; smdebug's trial reader would reject it, so
 * these files never go under {@code events/}).
 *
 * <p>Thread-safe.
 */
public final class TensorBoardFiles {
    /** The header TensorBoard expects first in every event file. */
    public static final String FILE_VERSION = "brain.Event:2";

    private static final Pattern INVALID_TAG_CHARS = Pattern.compile("[^-/\\w.]");

    private TensorBoardFiles() {
    }

    /**
     * Encodes a step's scalars as a TensorBoard event file; strings and tensors of more than one element are left out
     * (smdebug writes those as histograms, which Boostscope does not).
     *
     * @param tensors the tensors; may be empty
     * @param wallTime seconds since the epoch, for the header
     * @return the file's bytes: the header record, then one record per scalar
     */
    public static byte[] encodeScalars(List<TensorRecord> tensors, double wallTime) {
        List<Event> events = new ArrayList<>();
        events.add(Event.newBuilder().setWallTime(wallTime).setFileVersion(FILE_VERSION).build());
        for (TensorRecord tensor : tensors) {
            if (tensor.value().dtype() != DType.STRING && tensor.value().size() == 1) {
                events.add(scalarEvent(tensor));
            }
        }
        int total = 0;
        for (Event event : events) {
            total = Math.addExact(total, event.getSerializedSize() + TfRecords.OVERHEAD);
        }
        byte[] out = new byte[total];
        int position = 0;
        for (Event event : events) {
            position = TfRecords.write(out, position, event, TfRecords.Footer.PAYLOAD_CRC);
        }
        return out;
    }

    /**
     * Returns the tag TensorBoard shows for a tensor name: characters outside {@code [-/\w.]} become {@code _}, as
     * smdebug's export writes them.
     *
     * @param name the tensor name
     * @return the tag
     */
    public static String tag(String name) {
        return INVALID_TAG_CHARS.matcher(name).replaceAll("_");
    }

    private static Event scalarEvent(TensorRecord tensor) {
        Summary.Value value = Summary.Value.newBuilder()
                .setTag(tag(tensor.name()))
                .setSimpleValue((float) tensor.value().getDouble(0))
                .build();
        return Event.newBuilder()
                .setWallTime(tensor.wallTime())
                .setStep(tensor.step())
                .setSummary(Summary.newBuilder().addValue(value))
                .build();
    }
}
