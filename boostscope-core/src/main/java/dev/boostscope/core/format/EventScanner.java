// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event payload in the shape smdebug and Boostscope write a numeric tensor ({@code Event{wall_time, step,
 * summary{value{tag, tensor{dtype, tensor_shape{dim{size, name}...}, tensor_content}, metadata{plugin_data...}}}}}),
 * straight from the protobuf wire format. Reading every scalar of a trial decodes one event per value; in a fresh JVM
 * the generated protobuf classes (a hundred classes, and the logging they start) cost more than the rest of the read.
 *
 * <p>It declines (returns null) whenever the bytes stray from that shape or a check would fail: an unknown or repeated
 * field, an unexpected wire type, a string that is not ASCII, a string tensor or value lists instead of
 * {@code tensor_content}, a simple value or histogram, a bad dtype, shape, size or plugin entry. {@link EventCodec}
 * then parses the event with protobuf, which reads the rest of the format and words every error; so what this scanner
 * accepts it reads exactly as that path would, and all else is that path's.
 *
 * <p>Not thread-safe: one instance per payload.
 */
final class EventScanner {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int BYTES = 2;
    private static final Decline DECLINE = new Decline();

    private final byte[] in;
    private int at;

    private EventScanner(byte[] in, int at) {
        this.in = in;
        this.at = at;
    }

    /**
     * Reads an event payload holding one numeric tensor.
     *
     * @param payload the bytes
     * @param offset the payload's first byte
     * @param length the payload's length
     * @return the tensor, or null if the payload is of another shape or invalid (protobuf's path decides)
     */
    static @Nullable TensorRecord scan(byte[] payload, int offset, int length) {
        if (offset < 0 || length < 0 || offset > payload.length - length) {
            return null;
        }
        try {
            return new EventScanner(payload, offset).event(offset + length);
        } catch (Decline | IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private TensorRecord event(int end) {
        double wallTime = 0;
        long step = 0;
        Value value = null;
        int seen = 0;
        while (at < end) {
            int tag = tag(end);
            seen = once(seen, tag);
            switch (tag) {
                case 1 << 3 | FIXED64 -> wallTime = Double.longBitsToDouble(fixed64(end));
                case 2 << 3 | VARINT -> step = varint(end);
                case 5 << 3 | BYTES -> value = summary(field(end));
                default -> throw DECLINE;
            }
        }
        if (value == null) {
            throw DECLINE;
        }
        return value.record(step, wallTime);
    }

    private Value summary(int end) {
        Value value = null;
        while (at < end) {
            if (tag(end) != (1 << 3 | BYTES) || value != null) {
                throw DECLINE; // exactly one value per event, as EventCodec requires
            }
            value = value(field(end));
        }
        if (value == null) {
            throw DECLINE;
        }
        return value;
    }

    private Value value(int end) {
        Value value = new Value();
        int seen = 0;
        while (at < end) {
            int tag = tag(end);
            seen = once(seen, tag);
            switch (tag) {
                case 1 << 3 | BYTES -> value.tag = ascii(field(end));
                case 8 << 3 | BYTES -> value.tensor = tensor(field(end));
                case 9 << 3 | BYTES -> metadata(field(end), value.plugins);
                default -> throw DECLINE;
            }
        }
        if (value.tag.isEmpty() || value.tensor == null) {
            throw DECLINE;
        }
        return value;
    }

    private NdArray tensor(int end) {
        long dtype = 0;
        long[] shape = new long[0];
        byte[] content = null;
        int seen = 0;
        while (at < end) {
            int tag = tag(end);
            seen = once(seen, tag);
            switch (tag) {
                case 1 << 3 | VARINT -> dtype = varint(end);
                case 2 << 3 | BYTES -> shape = shape(field(end));
                case 4 << 3 | BYTES -> content = bytes(field(end));
                default -> throw DECLINE;
            }
        }
        return array(dtype, shape, content);
    }

    private static NdArray array(long wireDtype, long[] shape, byte @Nullable [] content) {
        if (wireDtype < 0 || wireDtype > Integer.MAX_VALUE || content == null || content.length == 0) {
            throw DECLINE;
        }
        DType dtype = DType.fromWireValue((int) wireDtype);
        long count = 1;
        for (long size : shape) {
            count = Math.multiplyExact(count, size);
        }
        if (dtype == DType.STRING || count > Integer.MAX_VALUE || count * dtype.byteWidth() != content.length) {
            throw DECLINE;
        }
        return NdArray.wrap(dtype, content, shape);
    }

    private long[] shape(int end) {
        List<Long> sizes = new ArrayList<>(2);
        while (at < end) {
            if (tag(end) != (2 << 3 | BYTES)) {
                throw DECLINE;
            }
            sizes.add(dim(field(end)));
        }
        long[] shape = new long[sizes.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = sizes.get(i);
        }
        return shape;
    }

    private long dim(int end) {
        long size = 0;
        int seen = 0;
        while (at < end) {
            int tag = tag(end);
            seen = once(seen, tag);
            switch (tag) {
                case 1 << 3 | VARINT -> size = varint(end);
                case 2 << 3 | BYTES -> ascii(field(end));
                default -> throw DECLINE;
            }
        }
        if (size < 0) {
            throw DECLINE;
        }
        return size;
    }

    private void metadata(int end, List<String[]> plugins) {
        while (at < end) {
            if (tag(end) != (1 << 3 | BYTES)) {
                throw DECLINE;
            }
            plugins.add(plugin(field(end)));
        }
    }

    private String[] plugin(int end) {
        String[] plugin = {"", ""};
        int seen = 0;
        while (at < end) {
            int tag = tag(end);
            seen = once(seen, tag);
            switch (tag) {
                case 1 << 3 | BYTES -> plugin[0] = ascii(field(end));
                case 2 << 3 | BYTES -> plugin[1] = ascii(field(end));
                default -> throw DECLINE;
            }
        }
        return plugin;
    }

    /** Marks a field number as seen; a repeated singular field (which protobuf would merge) declines. */
    private static int once(int seen, int tag) {
        int bit = 1 << Math.min(tag >>> 3, 31);
        if ((seen & bit) != 0) {
            throw DECLINE;
        }
        return seen | bit;
    }

    private int tag(int end) {
        long tag = varint(end);
        if (tag <= 0 || tag > Integer.MAX_VALUE) {
            throw DECLINE;
        }
        return (int) tag;
    }

    /** Reads a length prefix and returns where the field ends. */
    private int field(int end) {
        long length = varint(end);
        if (length < 0 || length > end - at) {
            throw DECLINE;
        }
        return at + (int) length;
    }

    private long varint(int end) {
        long value = 0;
        for (int shift = 0; shift < 64 && at < end; shift += 7) {
            byte b = in[at++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw DECLINE;
    }

    private long fixed64(int end) {
        if (end - at < 8) {
            throw DECLINE;
        }
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (in[at + i] & 0xff);
        }
        at += 8;
        return value;
    }

    private String ascii(int end) {
        for (int i = at; i < end; i++) {
            if (in[i] < 0) {
                throw DECLINE;
            }
        }
        String text = new String(in, at, end - at, StandardCharsets.ISO_8859_1);
        at = end;
        return text;
    }

    private byte[] bytes(int end) {
        byte[] bytes = Arrays.copyOfRange(in, at, end);
        at = end;
        return bytes;
    }

    /** A summary value as read: its tag, tensor and plugin entries ({name, content}). */
    private static final class Value {
        String tag = "";
        @Nullable NdArray tensor;
        final List<String[]> plugins = new ArrayList<>(2);

        /** Applies the plugin entries as {@link EventCodec} does: later entries win, others are ignored. */
        TensorRecord record(long step, double wallTime) {
            Mode mode = Mode.GLOBAL;
            long modeStep = step;
            for (String[] plugin : plugins) {
                if (plugin[0].equals(EventCodec.MODE_STEP)) {
                    modeStep = Long.parseLong(plugin[1].strip());
                } else if (plugin[0].equals(EventCodec.MODE)) {
                    mode = Mode.fromWireValue(Integer.parseInt(plugin[1].strip()));
                }
            }
            return new TensorRecord(tag, tensor, step, mode, modeStep, wallTime);
        }
    }

    /** Thrown to leave the scan when the payload is of another shape; carries no stack trace. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }
}
