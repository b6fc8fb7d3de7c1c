// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
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
 * {@code string_val} per element; each dim is named {@code <tag>_<size>}, as smdebug names them.
 *
 * <p>Thread-safe.
 */
public final class EventCodec {
    private static final String MODE_STEP = "mode_step";
    private static final String MODE = "mode";

    private EventCodec() {
    }

    /**
     * Encodes a tensor as an event payload (not yet framed).
     *
     * @param record the tensor
     * @return the serialized {@code Event}
     */
    public static byte[] encode(TensorRecord record) {
        Summary.Value value = Summary.Value.newBuilder()
                .setTag(record.name())
                .setTensor(tensorProto(record.name(), record.value()))
                .setMetadata(metadata(record.mode(), record.modeStep()))
                .build();
        return Event.newBuilder()
                .setWallTime(record.wallTime())
                .setStep(record.step())
                .setSummary(Summary.newBuilder().addValue(value))
                .build()
                .toByteArray();
    }

    /**
     * Decodes an event payload holding one tensor.
     *
     * @param payload the bytes
     * @param offset the payload's first byte
     * @param length the payload's length
     * @param source the file or key, for messages
     * @return the tensor
     * @throws FormatException if the payload is not an event holding a tensor or a scalar
     */
    public static TensorRecord decode(byte[] payload, int offset, int length, String source) {
        Event event = parse(payload, offset, length, source);
        if (!event.hasSummary() || event.getSummary().getValueCount() == 0) {
            throw new FormatException(String.format(Locale.ROOT, "event in %s holds no summary value", source));
        }
        Summary.Value value = event.getSummary().getValue(0);
        Mode mode = Mode.GLOBAL;
        long modeStep = event.getStep();
        for (SummaryMetadata.PluginData plugin : value.getMetadata().getPluginDataList()) {
            String content = plugin.getContent().toString(StandardCharsets.UTF_8).strip();
            if (plugin.getPluginName().equals(MODE_STEP)) {
                modeStep = parseLong(content, MODE_STEP, source);
            } else if (plugin.getPluginName().equals(MODE)) {
                mode = parseMode(content, source);
            }
        }
        return new TensorRecord(value.getTag(), toArray(value, source), event.getStep(), mode, modeStep,
                event.getWallTime());
    }

    private static Event parse(byte[] payload, int offset, int length, String source) {
        try {
            return Event.parseFrom(java.nio.ByteBuffer.wrap(payload, offset, length));
        } catch (InvalidProtocolBufferException e) {
            throw new FormatException(String.format(Locale.ROOT, "event in %s is not a valid protobuf Event: %s",
                    source, e.getMessage()), e);
        }
    }

    private static TensorProto tensorProto(String tag, NdArray array) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setTensorShape(shape(tag, array.shape()));
        if (array.dtype() == DType.STRING) {
            for (byte[] utf8 : array.toUtf8()) {
                tensor.addStringVal(ByteString.copyFrom(utf8));
            }
        } else {
            tensor.setDtype(array.dtype().wireValue());
            tensor.setTensorContent(ByteString.copyFrom(array.toByteArray()));
        }
        return tensor.build();
    }

    private static TensorShapeProto shape(String tag, long[] dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long size : dims) {
            shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(size).setName(tag + "_" + size));
        }
        return shape.build();
    }

    private static SummaryMetadata metadata(Mode mode, long modeStep) {
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

    private static NdArray toArray(Summary.Value value, String source) {
        if (value.getValueCase() == Summary.Value.ValueCase.SIMPLE_VALUE) {
            return NdArray.ofFloats(new float[] {value.getSimpleValue()}, 1);
        }
        if (value.getValueCase() != Summary.Value.ValueCase.TENSOR) {
            throw new FormatException(String.format(Locale.ROOT,
                    "summary value '%s' in %s holds %s, not a tensor", value.getTag(), source, value.getValueCase()));
        }
        return TensorDecoder.decode(value.getTag(), value.getTensor(), source);
    }

    private static long parseLong(String text, String what, String source) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new FormatException(String.format(Locale.ROOT, "%s in %s must be an integer: '%s'",
                    what, source, text), e);
        }
    }

    private static Mode parseMode(String text, String source) {
        try {
            return Mode.fromWireValue(Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "mode in %s must be 1 to 4: '%s'", source, text), e);
        }
    }
}
