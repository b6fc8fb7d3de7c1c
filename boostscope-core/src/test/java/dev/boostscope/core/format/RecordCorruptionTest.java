// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.FormatException;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each kind of corrupt record or tensor gives a FormatException naming the file and the byte offset. */
final class RecordCorruptionTest {
    private static final String EVENTS = "events/000000000002/000000000002_worker_0.tfevents";

    /** Two records: train-rmse (106 bytes at 0) and validation-rmse (116 bytes at 106). */
    private static byte[] twoRecords() {
        List<TensorRecord> step = List.of(
                new TensorRecord("train-rmse", NdArray.scalar(0.4), 2, Mode.GLOBAL, 2, 1.5),
                new TensorRecord("validation-rmse", NdArray.scalar(0.5), 2, Mode.GLOBAL, 2, 1.5));
        return EventFiles.encode(step, EVENTS).eventBytes();
    }

    @Test
    void decodeAll_fileCutInPayload_throwsTruncated() {
        byte[] cut = Arrays.copyOf(twoRecords(), 150);

        assertThatThrownBy(() -> EventFiles.decodeAll(cut, EVENTS))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 106: truncated record: payload of 100 bytes, "
                        + "32 bytes left");
    }

    @Test
    void decodeAll_goldenFileCutAnywhere_throwsOrEndsOnRecordBoundary() throws IOException {
        Path file = GoldenTrialsTest.GOLDEN.resolve("regression/events/000000000001/000000000001_worker_0.tfevents");
        byte[] bytes = Files.readAllBytes(file);
        List<TensorRecord> whole = EventFiles.decodeAll(bytes, "f");
        List<Integer> boundaries = new ArrayList<>(List.of(0));
        IndexFile index = IndexFile.parse(Files.readAllBytes(GoldenTrialsTest.GOLDEN.resolve(
                "regression/index/000000000/000000000001_worker_0.json")), "i");
        index.tensors().forEach(t -> boundaries.add((int) (t.startIdx() + t.length())));

        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] prefix = Arrays.copyOf(bytes, cut);
            int records = boundaries.indexOf(cut);
            if (records >= 0) {
                assertThat(EventFiles.decodeAll(prefix, "f")).containsExactlyElementsOf(whole.subList(0, records));
            } else {
                assertThatThrownBy(() -> EventFiles.decodeAll(prefix, "f")).isInstanceOf(FormatException.class)
                        .hasMessageContaining("truncated record");
            }
        }
    }

    @Test
    void decodeRecord_indexedRangeOfCutFile_throwsTruncated() {
        byte[] bytes = twoRecords();
        byte[] range = Arrays.copyOfRange(bytes, 106, bytes.length - 1);

        assertThatThrownBy(() -> EventFiles.decodeRecord(range, EVENTS, 106))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 106: truncated record: payload of 100 bytes, "
                        + "103 bytes left");
    }

    @Test
    void decodeAll_fileCutInHeader_throwsTruncatedHeader() {
        byte[] cut = Arrays.copyOf(twoRecords(), 111);

        assertThatThrownBy(() -> EventFiles.decodeAll(cut, EVENTS))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 106: truncated record header: 5 bytes left, "
                        + "12 needed");
    }

    @Test
    void decodeAll_flippedBitInLength_throwsLengthChecksum() {
        byte[] bytes = flip(twoRecords(), 106 + 3, 0x10);

        assertThatThrownBy(() -> EventFiles.decodeAll(bytes, EVENTS))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 106: length checksum mismatch (a flipped bit "
                        + "in the length?)");
    }

    @Test
    void decodeAll_flippedBitInLengthChecksum_throwsLengthChecksum() {
        byte[] bytes = flip(twoRecords(), 9, 0x01);

        assertThatThrownBy(() -> EventFiles.decodeAll(bytes, EVENTS))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 0: length checksum mismatch (a flipped bit "
                        + "in the length?)");
    }

    @Test
    void decodeAll_flippedBitInFooter_throwsPayloadChecksum() {
        byte[] bytes = flip(twoRecords(), 105, 0x80);

        assertThatThrownBy(() -> EventFiles.decodeAll(bytes, EVENTS))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 0: payload checksum mismatch: footer is "
                        + "neither smdebug's constant nor the payload's CRC");
    }

    @Test
    void decodeRecord_flippedBitInPayloadOfRealCrcRecord_throwsPayloadChecksum() {
        byte[] payload = EventCodec.encode(new TensorRecord("loss", NdArray.scalar(1), 3, Mode.GLOBAL, 3, 2.0));
        byte[] record = flip(TfRecords.frame(payload, TfRecords.Footer.PAYLOAD_CRC), 40, 0x04);

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, "tb.tfevents", 4096))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in tb.tfevents at byte 4096: payload checksum mismatch: footer is "
                        + "neither smdebug's constant nor the payload's CRC");
    }

    @Test
    void decodeRecord_indexLengthTooLong_throwsNamingBothLengths() {
        byte[] range = Arrays.copyOf(twoRecords(), 110);

        assertThatThrownBy(() -> EventFiles.decodeRecord(range, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 0: the index says 110 bytes, the record holds "
                        + "106");
    }

    @Test
    void decodeRecord_rangePastEndOfFile_throwsTruncatedAtFileOffset() {
        byte[] range = Arrays.copyOfRange(twoRecords(), 106, 200);

        assertThatThrownBy(() -> EventFiles.decodeRecord(range, EVENTS, 106))
                .isInstanceOf(FormatException.class)
                .hasMessage("corrupt record in " + EVENTS + " at byte 106: truncated record: payload of 100 bytes, "
                        + "82 bytes left");
    }

    @Test
    void decodeRecord_payloadNotProtobuf_throwsNamingOffset() {
        byte[] record = TfRecords.frame(new byte[] {(byte) 0xff, (byte) 0xff}, TfRecords.Footer.SMDEBUG_MAGIC);

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 212))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("event in " + EVENTS + " at byte 212 is not a valid protobuf Event: ");
    }

    @Test
    void decodeRecord_unknownDtype_throwsListingSupported() {
        byte[] record = tensorRecord(t -> t.toBuilder().setDtype(99).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 318))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 318 has unknown dtype 99: one of 19 float16, "
                        + "1 float32, 2 float64, 6 int8, 5 int16, 3 int32, 9 int64, 4 uint8, 17 uint16, 22 uint32, "
                        + "23 uint64, 10 bool, 0 string, 7 string expected");
    }

    @Test
    void decodeRecord_contentShorterThanShape_throws() {
        byte[] record = tensorRecord(t -> t.toBuilder().setTensorContent(t.getTensorContent().substring(0, 7))
                .build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 0: tensor_content holds 7 bytes, shape [1] of "
                        + "float64 needs 8");
    }

    @Test
    void decodeRecord_negativeDim_throws() {
        byte[] record = tensorRecord(t -> t.toBuilder().setTensorShape(t.getTensorShape().toBuilder()
                .setDim(0, t.getTensorShape().getDim(0).toBuilder().setSize(-3))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 0: dim 0 has size -3: a non-negative size "
                        + "expected");
    }

    @Test
    void decodeRecord_hugeShape_throwsWithoutAllocating() {
        byte[] record = tensorRecord(t -> t.toBuilder().clearTensorContent().setTensorShape(t.getTensorShape()
                .toBuilder().setDim(0, t.getTensorShape().getDim(0).toBuilder().setSize(1L << 40))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 0: shape [1099511627776] has more than 2147483647 "
                        + "elements");
    }

    @Test
    void decodeRecord_valueListShorterThanShape_throwsInsteadOfPadding() {
        byte[] record = tensorRecord(t -> t.toBuilder().clearTensorContent().addDoubleVal(1.0)
                .setTensorShape(t.getTensorShape().toBuilder().setDim(0, t.getTensorShape().getDim(0).toBuilder()
                        .setSize(3))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 0: double_val holds 1 values, shape [3] needs 3");
    }

    @Test
    void decodeRecord_noValuesAtAll_throws() {
        byte[] record = tensorRecord(t -> t.toBuilder().clearTensorContent().build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("tensor 'x' in " + EVENTS + " at byte 0 has no values: neither tensor_content nor "
                        + "double_val");
    }

    @Test
    void decodeRecord_stringNotUtf8_throws() {
        byte[] record = tensorRecord(t -> t.toBuilder().clearDtype().clearTensorContent()
                .addStringVal(com.google.protobuf.ByteString.copyFrom(new byte[] {(byte) 0xc3, 0x28})).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("string_val[0] in tensor 'x' in " + EVENTS + " at byte 0 is not valid UTF-8");
    }

    @Test
    void decodeRecord_twoSummaryValues_throwsInsteadOfDroppingOne() {
        Event event = event(UnaryOperator.identity());
        byte[] record = frame(event.toBuilder().setSummary(event.getSummary().toBuilder()
                .addValue(event.getSummary().getValue(0))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("event in " + EVENTS + " at byte 0 holds 2 summary values: exactly one tensor per event "
                        + "expected");
    }

    @Test
    void decodeRecord_emptyTag_throws() {
        Event event = event(UnaryOperator.identity());
        byte[] record = frame(event.toBuilder().setSummary(Summary.newBuilder()
                .addValue(event.getSummary().getValue(0).toBuilder().setTag(""))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("summary value in " + EVENTS + " at byte 0 has an empty tag: a tensor name expected");
    }

    @Test
    void decodeRecord_badModePlugin_throws() {
        Event event = event(UnaryOperator.identity());
        Summary.Value value = event.getSummary().getValue(0);
        byte[] record = frame(event.toBuilder().setSummary(Summary.newBuilder().addValue(value.toBuilder()
                .setMetadata(value.getMetadata().toBuilder().setPluginData(1, value.getMetadata().getPluginData(1)
                        .toBuilder().setContent(com.google.protobuf.ByteString.copyFromUtf8("9")))))).build());

        assertThatThrownBy(() -> EventFiles.decodeRecord(record, EVENTS, 0))
                .isInstanceOf(FormatException.class)
                .hasMessage("plugin_data 'mode' in " + EVENTS + " at byte 0 must be 1 to 4: '9'");
    }

    private static Event event(UnaryOperator<TensorProto> change) {
        Event event = EventCodec.event(new TensorRecord("x", NdArray.scalar(0.25), 2, Mode.GLOBAL, 2, 1.0));
        Summary.Value value = event.getSummary().getValue(0);
        return event.toBuilder().setSummary(Summary.newBuilder()
                .addValue(value.toBuilder().setTensor(change.apply(value.getTensor())))).build();
    }

    private static byte[] tensorRecord(UnaryOperator<TensorProto> change) {
        return frame(event(change));
    }

    private static byte[] frame(Event event) {
        return TfRecords.frame(event.toByteArray(), TfRecords.Footer.SMDEBUG_MAGIC);
    }

    private static byte[] flip(byte[] bytes, int offset, int mask) {
        byte[] copy = bytes.clone();
        copy[offset] ^= (byte) mask;
        return copy;
    }
}
