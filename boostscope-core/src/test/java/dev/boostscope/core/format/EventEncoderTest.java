// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedOutputStream;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The field-by-field encoder writes exactly the bytes protobuf's generated messages serialize to. */
final class EventEncoderTest {

    @Property(tries = 500)
    void encode_randomTensor_equalsGeneratedMessageBytes(@ForAll("records") TensorRecord record) {
        assertThat(hex(EventEncoder.encode(record))).isEqualTo(hex(EventCodec.event(record).toByteArray()));
    }

    @Property(tries = 100)
    void encode_randomStep_equalsFramedGeneratedMessages(@ForAll("steps") List<TensorRecord> step) {
        byte[] file = EventFiles.encode(step, "events/x.tfevents").eventBytes();

        assertThat(hex(file)).isEqualTo(hex(framedMessages(step)));
    }

    static List<TensorRecord> edgeCases() {
        return List.of(
                new TensorRecord("zero-step", NdArray.scalar(1), 0, Mode.GLOBAL, 0, 0.0),
                new TensorRecord("negative-zero-wall-time", NdArray.scalar(1), 3, Mode.TRAIN, 1, -0.0),
                new TensorRecord("negative-step", NdArray.scalar(1), -5, Mode.EVAL, -5, Double.NaN),
                new TensorRecord("empty", NdArray.ofFloats(new float[0], 0, 3), 1, Mode.PREDICT, 1, 1.5),
                new TensorRecord("rank0", NdArray.ofDoubles(new double[] {2.5}), 1, Mode.GLOBAL, 1, 1.5),
                new TensorRecord("strings", NdArray.ofStrings(new String[] {"", "é", "\uD83D\uDE00"}, 3), 2,
                        Mode.GLOBAL, 2, 1.5),
                new TensorRecord("unpaired\uD800tag", NdArray.scalar(1), 2, Mode.GLOBAL, 2, 1.5),
                new TensorRecord("t".repeat(200), NdArray.ofLongs(new long[300], 300), Long.MAX_VALUE, Mode.TRAIN,
                        Long.MIN_VALUE, Double.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void encode_edgeCase_equalsGeneratedMessageBytes(TensorRecord record) {
        assertThat(hex(EventEncoder.encode(record))).isEqualTo(hex(EventCodec.event(record).toByteArray()));
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void write_payloadCrcFooter_equalsFrame(TensorRecord record) {
        EventEncoder.Prepared event = new EventEncoder(record.mode(), record.modeStep()).prepare(record);
        byte[] out = new byte[event.size() + TfRecords.OVERHEAD];

        TfRecords.write(CodedOutputStream.newInstance(out), out, event, TfRecords.Footer.PAYLOAD_CRC);

        assertThat(hex(out)).isEqualTo(hex(TfRecords.frame(EventCodec.event(record).toByteArray(),
                TfRecords.Footer.PAYLOAD_CRC)));
    }

    @Provide
    Arbitrary<TensorRecord> records() {
        return TensorArbitraries.steps(TensorArbitraries.arrays()).map(step -> step.get(0));
    }

    @Provide
    Arbitrary<List<TensorRecord>> steps() {
        return TensorArbitraries.steps(TensorArbitraries.arrays());
    }

    private static byte[] framedMessages(List<TensorRecord> step) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (TensorRecord record : step) {
            out.writeBytes(TfRecords.frame(EventCodec.event(record).toByteArray(), TfRecords.Footer.SMDEBUG_MAGIC));
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
