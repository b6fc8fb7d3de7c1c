// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.UnsafeByteOperations;
import com.google.protobuf.WireFormat;
import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import dev.boostscope.core.format.proto.EventProtos.TensorShapeProto;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Serializes tensor events with protobuf's {@link CodedOutputStream} field by field, without building {@code Event}
 * messages: the writer's hot path. The bytes equal {@code EventCodec.event(record).toByteArray()}: the same fields in
 * field-number order, proto3 defaults omitted as the generated code omits them (a zero step, a wall time whose bits are
 * zero, a zero dim size, an empty {@code tensor_content}, the string dtype 0); {@code EventEncoderTest} compares the
 * two on random tensors. The plugin data ({@code mode_step}, {@code mode}) is the same for every tensor of a step,
 * so it is serialized once per encoder.
 *
 * <p>Immutable and thread-safe; each {@link Prepared} is not thread-safe.
 */
final class EventEncoder {
    private static final int LENGTH_DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;

    private final ByteString metadata;

    /**
     * Returns an encoder for the tensors of one mode and mode step.
     *
     * @param mode the mode
     * @param modeStep the step in the mode's numbering
     */
    EventEncoder(Mode mode, long modeStep) {
        this.metadata = EventCodec.metadata(mode, modeStep).toByteString();
    }

    /**
     * Measures one tensor's event; the result writes it.
     *
     * @param record a tensor of this encoder's mode and mode step
     * @return the event, sized and ready to write
     * @throws IllegalArgumentException if a string element is not valid Unicode
     */
    Prepared prepare(TensorRecord record) {
        return new Prepared(record, metadata);
    }

    /**
     * Encodes one tensor's event payload (not framed).
     *
     * @param record the tensor
     * @return the serialized {@code Event}
     */
    static byte[] encode(TensorRecord record) {
        Prepared event = new EventEncoder(record.mode(), record.modeStep()).prepare(record);
        byte[] out = new byte[event.size()];
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        event.writeTo(coded);
        coded.checkNoSpaceLeft();
        return out;
    }

    private static int nestedSize(int field, int size) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(size) + size;
    }

    private static void writeNested(CodedOutputStream out, int field, int size) throws IOException {
        out.writeTag(field, LENGTH_DELIMITED);
        out.writeUInt32NoTag(size);
    }

    /**
     * One event with its nested messages' sizes, computed once for both the length prefixes and the write.
     *
     * <p>Not thread-safe.
     */
    static final class Prepared {
        private final TensorRecord record;
        private final ByteString metadata;
        private final int dtype;
        private final long[] dims;
        private final String[] dimNames;
        private final int[] dimSizes;
        private final ByteString content;
        private final byte[][] strings;
        private final int shapeSize;
        private final int tensorSize;
        private final int valueSize;
        private final int summarySize;
        private final int size;

        Prepared(TensorRecord record, ByteString metadata) {
            this.record = record;
            this.metadata = metadata;
            NdArray array = record.value();
            boolean text = array.dtype() == DType.STRING;
            this.dtype = text ? 0 : array.dtype().wireValue();
            this.dims = array.shape();
            this.dimNames = new String[dims.length];
            this.dimSizes = new int[dims.length];
            this.shapeSize = measureShape(record.name());
            this.content = text ? ByteString.EMPTY : UnsafeByteOperations.unsafeWrap(array.asReadOnlyBuffer());
            this.strings = text ? EventCodec.utf8(record.name(), array) : new byte[0][];
            this.tensorSize = measureTensor();
            this.valueSize = CodedOutputStream.computeStringSize(Summary.Value.TAG_FIELD_NUMBER, record.name())
                    + nestedSize(Summary.Value.TENSOR_FIELD_NUMBER, tensorSize)
                    + CodedOutputStream.computeBytesSize(Summary.Value.METADATA_FIELD_NUMBER, metadata);
            this.summarySize = nestedSize(Summary.VALUE_FIELD_NUMBER, valueSize);
            this.size = measureEvent();
        }

        /**
         * Returns the serialized event's length.
         *
         * @return the payload bytes
         */
        int size() {
            return size;
        }

        /**
         * Writes the event.
         *
         * @param out the destination, with at least {@link #size()} bytes free
         */
        void writeTo(CodedOutputStream out) {
            try {
                writeEvent(out);
            } catch (IOException e) {
                throw new UncheckedIOException("serializing into an array cannot fail", e);
            }
        }

        private int measureShape(String tag) {
            int total = 0;
            for (int i = 0; i < dims.length; i++) {
                dimNames[i] = tag + "_" + dims[i];
                dimSizes[i] = (dims[i] == 0 ? 0
                        : CodedOutputStream.computeInt64Size(TensorShapeProto.Dim.SIZE_FIELD_NUMBER, dims[i]))
                        + CodedOutputStream.computeStringSize(TensorShapeProto.Dim.NAME_FIELD_NUMBER, dimNames[i]);
                total += nestedSize(TensorShapeProto.DIM_FIELD_NUMBER, dimSizes[i]);
            }
            return total;
        }

        private int measureTensor() {
            int total = dtype == 0 ? 0 : CodedOutputStream.computeInt32Size(TensorProto.DTYPE_FIELD_NUMBER, dtype);
            total += nestedSize(TensorProto.TENSOR_SHAPE_FIELD_NUMBER, shapeSize);
            if (!content.isEmpty()) {
                total += CodedOutputStream.computeBytesSize(TensorProto.TENSOR_CONTENT_FIELD_NUMBER, content);
            }
            for (byte[] element : strings) {
                total += CodedOutputStream.computeByteArraySize(TensorProto.STRING_VAL_FIELD_NUMBER, element);
            }
            return total;
        }

        private int measureEvent() {
            int total = 0;
            if (Double.doubleToRawLongBits(record.wallTime()) != 0) {
                total += CodedOutputStream.computeDoubleSize(Event.WALL_TIME_FIELD_NUMBER, record.wallTime());
            }
            if (record.step() != 0) {
                total += CodedOutputStream.computeInt64Size(Event.STEP_FIELD_NUMBER, record.step());
            }
            return total + nestedSize(Event.SUMMARY_FIELD_NUMBER, summarySize);
        }

        private void writeEvent(CodedOutputStream out) throws IOException {
            if (Double.doubleToRawLongBits(record.wallTime()) != 0) {
                out.writeDouble(Event.WALL_TIME_FIELD_NUMBER, record.wallTime());
            }
            if (record.step() != 0) {
                out.writeInt64(Event.STEP_FIELD_NUMBER, record.step());
            }
            writeNested(out, Event.SUMMARY_FIELD_NUMBER, summarySize);
            writeNested(out, Summary.VALUE_FIELD_NUMBER, valueSize);
            out.writeString(Summary.Value.TAG_FIELD_NUMBER, record.name());
            writeNested(out, Summary.Value.TENSOR_FIELD_NUMBER, tensorSize);
            writeTensor(out);
            out.writeBytes(Summary.Value.METADATA_FIELD_NUMBER, metadata);
        }

        private void writeTensor(CodedOutputStream out) throws IOException {
            if (dtype != 0) {
                out.writeInt32(TensorProto.DTYPE_FIELD_NUMBER, dtype);
            }
            writeNested(out, TensorProto.TENSOR_SHAPE_FIELD_NUMBER, shapeSize);
            for (int i = 0; i < dims.length; i++) {
                writeNested(out, TensorShapeProto.DIM_FIELD_NUMBER, dimSizes[i]);
                if (dims[i] != 0) {
                    out.writeInt64(TensorShapeProto.Dim.SIZE_FIELD_NUMBER, dims[i]);
                }
                out.writeString(TensorShapeProto.Dim.NAME_FIELD_NUMBER, dimNames[i]);
            }
            if (!content.isEmpty()) {
                out.writeBytes(TensorProto.TENSOR_CONTENT_FIELD_NUMBER, content);
            }
            for (byte[] element : strings) {
                out.writeByteArray(TensorProto.STRING_VAL_FIELD_NUMBER, element);
            }
        }
    }
}
