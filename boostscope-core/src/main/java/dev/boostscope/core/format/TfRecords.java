// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import dev.boostscope.core.FormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * TFRecord framing, little-endian: {@code u64 length, u32 masked crc32c(length bytes), payload, u32 footer}.
 *
 * <p>Writers put {@link MaskedCrc32c#SMDEBUG_FOOTER} in the footer of {@code events/} files, as smdebug does (its
 * reader rejects anything else); TensorBoard files carry the payload's real masked CRC. Readers accept and verify
 * either form.
 *
 * <p>Thread-safe.
 */
public final class TfRecords {
    /** Bytes of framing around a payload: 8 length + 4 length CRC + 4 footer. */
    public static final int OVERHEAD = 16;

    private TfRecords() {
    }

    /**
     * Returns how a record's footer is written.
     *
     * <p>Immutable.
     */
    public enum Footer {
        /** The smdebug constant, for {@code events/} files. */
        SMDEBUG_MAGIC,
        /** The payload's masked CRC-32C, as TensorBoard writes. */
        PAYLOAD_CRC
    }

    /**
     * Frames a payload into a buffer at its position.
     *
     * @param out a little-endian buffer with {@code payload.length + OVERHEAD} bytes remaining
     * @param payload the record payload
     * @param footer which footer to write
     */
    public static void write(ByteBuffer out, byte[] payload, Footer footer) {
        out.order(ByteOrder.LITTLE_ENDIAN);
        int start = out.position();
        out.putLong(payload.length);
        byte[] array = out.array();
        out.putInt(MaskedCrc32c.of(array, out.arrayOffset() + start, 8));
        out.put(payload);
        out.putInt(footer == Footer.SMDEBUG_MAGIC ? MaskedCrc32c.SMDEBUG_FOOTER
                : MaskedCrc32c.of(payload, 0, payload.length));
    }

    /**
     * Returns a framed record.
     *
     * @param payload the record payload
     * @param footer which footer to write
     * @return the framed bytes
     */
    public static byte[] frame(byte[] payload, Footer footer) {
        ByteBuffer out = ByteBuffer.allocate(payload.length + OVERHEAD);
        write(out, payload, footer);
        return out.array();
    }

    /**
     * Frames a message serialized straight into {@code out}, with no intermediate payload array.
     *
     * @param out the destination, with {@code size + OVERHEAD} bytes free at {@code offset}
     * @param offset where the record's first length byte goes
     * @param payload the message
     * @param footer which footer to write
     * @return the offset just after the record
     */
    static int write(byte[] out, int offset, MessageLite payload, Footer footer) {
        int size = payload.getSerializedSize();
        ByteBuffer header = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(offset, size);
        header.putInt(offset + 8, MaskedCrc32c.of(out, offset, 8));
        CodedOutputStream coded = CodedOutputStream.newInstance(out, offset + 12, size);
        try {
            payload.writeTo(coded);
        } catch (IOException e) {
            throw new UncheckedIOException("serializing into an array cannot fail", e);
        }
        coded.checkNoSpaceLeft();
        int end = offset + 12 + size;
        header.putInt(end, footer == Footer.SMDEBUG_MAGIC ? MaskedCrc32c.SMDEBUG_FOOTER
                : MaskedCrc32c.of(out, offset + 12, size));
        return end + 4;
    }

    /**
     * Frames an event straight into {@code out}, with no intermediate payload array.
     *
     * @param coded {@code CodedOutputStream.newInstance(out)}: an encoder over the whole array, from its byte 0
     * @param out the array {@code coded} writes into, with {@code event.size() + OVERHEAD} bytes free
     * @param event the sized event
     * @param footer which footer to write
     */
    static void write(CodedOutputStream coded, byte[] out, EventEncoder.Prepared event, Footer footer) {
        int start = coded.getTotalBytesWritten();
        try {
            coded.writeFixed64NoTag(event.size());
            coded.writeFixed32NoTag(MaskedCrc32c.of(out, start, 8));
            event.writeTo(coded);
            coded.writeFixed32NoTag(footer == Footer.SMDEBUG_MAGIC ? MaskedCrc32c.SMDEBUG_FOOTER
                    : MaskedCrc32c.of(out, start + 12, event.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("serializing into an array cannot fail", e);
        }
    }

    /**
     * Reads and verifies the record starting at an offset.
     *
     * @param bytes the file's bytes (or a range of them)
     * @param offset where the record's first length byte is
     * @param source the file or key, for messages
     * @param baseOffset the file offset of {@code bytes[0]}, for messages
     * @return the payload's position and length in {@code bytes}
     * @throws FormatException if the record is truncated or a checksum does not match
     */
    public static RecordSpan read(byte[] bytes, int offset, String source, long baseOffset) {
        if (bytes.length - offset < 12) {
            throw corrupt(source, baseOffset + offset, "truncated record header: " + (bytes.length - offset)
                    + " bytes left, 12 needed");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long length = in.getLong(offset);
        int lengthCrc = in.getInt(offset + 8);
        if (lengthCrc != MaskedCrc32c.of(bytes, offset, 8)) {
            throw corrupt(source, baseOffset + offset, "length checksum mismatch (a flipped bit in the length?)");
        }
        if (length < 0 || length > bytes.length - offset - OVERHEAD) {
            throw corrupt(source, baseOffset + offset, String.format(Locale.ROOT,
                    "truncated record: payload of %d bytes, %d bytes left", length, bytes.length - offset - 12));
        }
        int payloadOffset = offset + 12;
        int footer = in.getInt(payloadOffset + (int) length);
        if (footer != MaskedCrc32c.SMDEBUG_FOOTER && footer != MaskedCrc32c.of(bytes, payloadOffset, (int) length)) {
            throw corrupt(source, baseOffset + offset, "payload checksum mismatch: footer is neither smdebug's "
                    + "constant nor the payload's CRC");
        }
        return new RecordSpan(payloadOffset, (int) length);
    }

    private static FormatException corrupt(String source, long offset, String what) {
        return new FormatException(String.format(Locale.ROOT, "corrupt record in %s at byte %d: %s",
                source, offset, what));
    }

    /**
     * Where a record's payload lies in a byte array.
     *
     * @param offset the payload's first byte
     * @param length the payload's length
     */
    public record RecordSpan(int offset, int length) {
        /**
         * Returns the offset just after the record's footer.
         *
         * @return the next record's offset
         */
        public int end() {
            return offset + length + 4;
        }
    }
}
