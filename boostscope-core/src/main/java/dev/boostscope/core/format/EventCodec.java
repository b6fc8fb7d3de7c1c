// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnsafeByteOperations;
import dev.boostscope.core.DType;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import dev.boostscope.core.format.proto.EventProtos.SummaryMetadata;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import dev.boostscope.core.format.proto.EventProtos.TensorShapeProto;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Encodes tensors into smdebug's event payloads and back: one {@code Event{wall_time, step, summary{value[0]{tag,
 * tensor, metadata{plugin_data: mode_step, mode}}}}} per tensor.
 *
 * <p>Numbers are {@code dtype} + raw little-endian {@code tensor_content}; strings leave {@code dtype} unset with one
 * {@code string_val} per element; each dim is named {@code <tag>_<size>}, as smdebug names them. Serialization follows
 * field-number order, which makes our bytes identical to smdebug's (docs/format.md, "Events").
 *
 * <p>Thread-safe.
 */
public final class EventCodec {
    static final String MODE_STEP = "mode_step";
    static final String MODE = "mode";

    private EventCodec() {
    }

    /**
     * Encodes a tensor as an event payload (not yet framed).
     *
     * @param record the tensor
     * @return the serialized {@code Event}
     */
    public static byte[] encode(TensorRecord record) {
        return EventEncoder.encode(record);
    }

    /**
     * Decodes an event payload holding one tensor.
     *
     * @param payload the bytes
     * @param offset the payload's first byte
     * @param length the payload's length
     * @param source the file or key, for messages
     * @return the tensor
     * @throws FormatException if the payload is not an event holding exactly one tensor or scalar
     */
    public static TensorRecord decode(byte[] payload, int offset, int length, String source) {
        return fromEvent(parse(payload, offset, length, source), source);
    }

    /**
     * Builds the event message; the tensor's bytes are wrapped, not copied, until serialization. The message form of
     * what {@link EventEncoder} writes field by field: its {@code toByteArray()} is the same bytes.
     */
    static Event event(TensorRecord record) {
        Summary.Value value = Summary.Value.newBuilder()
                .setTag(record.name())
                .setTensor(tensorProto(record.name(), record.value()))
                .setMetadata(metadata(record.mode(), record.modeStep()))
                .build();
        return Event.newBuilder()
                .setWallTime(record.wallTime())
                .setStep(record.step())
                .setSummary(Summary.newBuilder().addValue(value))
                .build();
    }

    /** Parses an event; {@code bytes} fields alias the input, so callers copy what they keep. */
    static Event parse(byte[] payload, int offset, int length, String source) {
        try {
            CodedInputStream in = UnsafeByteOperations.unsafeWrap(payload, offset, length).newCodedInput();
            in.enableAliasing(true);
            Event event = Event.parser().parsePartialFrom(in);
            in.checkLastTagWas(0);
            return event;
        } catch (InvalidProtocolBufferException e) {
            throw new FormatException(String.format(Locale.ROOT, "event in %s is not a valid protobuf Event: %s",
                    source, e.getMessage()), e);
        }
    }

    /** Returns whether an event is TensorBoard's file header ({@code file_version}), which holds no tensor. */
    static boolean isHeader(Event event) {
        return event.getWhatCase() == Event.WhatCase.FILE_VERSION;
    }

    static TensorRecord fromEvent(Event event, String source) {
        int values = event.hasSummary() ? event.getSummary().getValueCount() : 0;
        if (values != 1) {
            throw new FormatException(String.format(Locale.ROOT,
                    "event in %s holds %d summary values: exactly one tensor per event expected", source, values));
        }
        Summary.Value value = event.getSummary().getValue(0);
        if (value.getTag().isEmpty()) {
            throw new FormatException(String.format(Locale.ROOT,
                    "summary value in %s has an empty tag: a tensor name expected", source));
        }
        Position position = position(value, event.getStep(), source);
        return new TensorRecord(value.getTag(), toArray(value, source), event.getStep(), position.mode(),
                position.modeStep(), event.getWallTime());
    }

    private static TensorProto tensorProto(String tag, NdArray array) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setTensorShape(shape(tag, array.shape()));
        if (array.dtype() == DType.STRING) {
            for (byte[] element : utf8(tag, array)) {
                tensor.addStringVal(ByteString.copyFrom(element));
            }
        } else {
            tensor.setDtype(array.dtype().wireValue());
            tensor.setTensorContent(UnsafeByteOperations.unsafeWrap(array.asReadOnlyBuffer()));
        }
        return tensor.build();
    }

    /**
     * Returns the UTF-8 bytes of a string tensor's elements.
     *
     * @throws IllegalArgumentException if an element has an unpaired surrogate
     */
    static byte[][] utf8(String tag, NdArray array) {
        String[] elements = array.toStringArray();
        byte[][] out = new byte[elements.length][];
        for (int i = 0; i < elements.length; i++) {
            checkUnicode(tag, i, elements[i]);
            out[i] = elements[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /** UTF-8 cannot hold an unpaired surrogate: encoding would silently turn it into '?'. */
    private static void checkUnicode(String tag, int index, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "tensor '%s': string element %d has an unpaired surrogate U+%04X at char %d: valid "
                        + "Unicode expected", tag, index, (int) c, i));
            }
        }
    }

    private static TensorShapeProto shape(String tag, long[] dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long size : dims) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(size).setName(tag + "_" + size));
        }
        return shape.build();
    }

    /** The plugin data smdebug writes on every tensor: {@code mode_step}, then {@code mode}, as decimal text. */
    static SummaryMetadata metadata(Mode mode, long modeStep) {
        return SummaryMetadata.newBuilder()
                .addPluginData(plugin(MODE_STEP, Long.toString(modeStep)))
                .addPluginData(plugin(MODE, Integer.toString(mode.wireValue())))
                .build();
    }

    private static SummaryMetadata.PluginData plugin(String name, String content) {
        return SummaryMetadata.PluginData.newBuilder()
                .setPluginName(name)
                .setContent(ByteString.copyFromUtf8(content))
                .build();
    }

    /** Missing plugin entries default to GLOBAL and the event's step, as smdebug's reader does. */
    private static Position position(Summary.Value value, long step, String source) {
        Mode mode = Mode.GLOBAL;
        long modeStep = step;
        for (SummaryMetadata.PluginData plugin : value.getMetadata().getPluginDataList()) {
            if (plugin.getPluginName().equals(MODE_STEP)) {
                modeStep = parseLong(TensorDecoder.utf8(plugin.getContent(), "plugin_data 'mode_step'", source),
                        source);
            } else if (plugin.getPluginName().equals(MODE)) {
                mode = parseMode(TensorDecoder.utf8(plugin.getContent(), "plugin_data 'mode'", source), source);
            }
        }
        return new Position(mode, modeStep);
    }

    private static NdArray toArray(Summary.Value value, String source) {
        if (value.getValueCase() == Summary.Value.ValueCase.SIMPLE_VALUE) {
            return NdArray.ofFloats(new float[] {value.getSimpleValue()}, 1);
        }
        if (value.getValueCase() != Summary.Value.ValueCase.TENSOR) {
            throw new FormatException(String.format(Locale.ROOT,
                    "summary value '%s' in %s holds %s: a tensor or simple_value expected", value.getTag(), source,
                    value.getValueCase()));
        }
        return TensorDecoder.decode(value.getTag(), value.getTensor(), source);
    }

    private static long parseLong(String text, String source) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new FormatException(String.format(Locale.ROOT, "plugin_data 'mode_step' in %s must be an "
                    + "integer: '%s'", source, text), e);
        }
    }

    private static Mode parseMode(String text, String source) {
        try {
            return Mode.fromWireValue(Integer.parseInt(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "plugin_data 'mode' in %s must be 1 to 4: '%s'",
                    source, text), e);
        }
    }

    /** A record's mode and step in that mode. */
    private record Position(Mode mode, long modeStep) {
    }
}
