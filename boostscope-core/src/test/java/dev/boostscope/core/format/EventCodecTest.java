// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.Event;
import dev.boostscope.core.format.proto.EventProtos.Summary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event encoding against the byte dumps of docs/format.md (and spec/smdebug.md §2.3). */
final class EventCodecTest {
    private static final double WALL_TIME = 1_700_000_000.25;

    @Test
    void frame_specExampleTrainRmse_isByteForByteSmdebugs() {
        TensorRecord record = new TensorRecord("train-rmse", NdArray.scalar(0.4), 2, Mode.GLOBAL, 2, WALL_TIME);

        byte[] framed = TfRecords.frame(EventCodec.encode(record), TfRecords.Footer.SMDEBUG_MAGIC);

        String expected = "5a00000000000000" + "136fb4bf"
                + "09" + hex(WALL_TIME)
                + "1002"
                + "2a4d"
                + "0a4b"
                + "0a0a" + ascii("train-rmse")
                + "4220"
                + "0802"
                + "1212" + "1210" + "0801" + "120c" + ascii("train-rmse_1")
                + "2208" + "9a9999999999d93f"
                + "4a1b"
                + "0a0e" + "0a09" + ascii("mode_step") + "1201" + ascii("2")
                + "0a09" + "0a04" + ascii("mode") + "1201" + ascii("4")
                + "b3c02d06";
        assertThat(HexFormat.of().formatHex(framed)).isEqualTo(expected);
        assertThat(framed).hasSize(106);
    }

    @Test
    void encode_stringHyperparameter_leavesDtypeUnsetWithOneStringVal() {
        NdArray value = NdArray.ofStrings(new String[] {"binary:logistic"});
        TensorRecord record = new TensorRecord("hyperparameters/objective", value, 0, Mode.GLOBAL, 0, WALL_TIME);

        String payload = HexFormat.of().formatHex(EventCodec.encode(record));

        String tensor = "4234" + "1221" + "121f" + "0801" + "121b" + ascii("hyperparameters/objective_1")
                + "420f" + ascii("binary:logistic");
        assertThat(payload).contains(tensor);
    }

    @Test
    void encode_stepZero_omitsStepField() {
        TensorRecord record = new TensorRecord("train-rmse", NdArray.scalar(0.4), 0, Mode.GLOBAL, 0, WALL_TIME);

        byte[] payload = EventCodec.encode(record);

        assertThat(payload[9]).as("the byte after wall_time").isEqualTo((byte) 0x2a);
        assertThat(payload).hasSize(88);
    }

    @Test
    void encode_matrix_namesEveryDimAfterItsSize() {
        NdArray value = NdArray.ofFloats(new float[8], 2, 4);
        TensorRecord record = new TensorRecord("full_shap/f0", value, 1, Mode.GLOBAL, 1, WALL_TIME);

        String payload = HexFormat.of().formatHex(EventCodec.encode(record));

        assertThat(payload).contains("0802" + "120e" + ascii("full_shap/f0_2"));
        assertThat(payload).contains("0804" + "120e" + ascii("full_shap/f0_4"));
    }

    @Test
    void decode_missingPluginData_defaultsToGlobalAndEventStep() {
        Event full = EventCodec.event(new TensorRecord("x", NdArray.scalar(1), 7, Mode.TRAIN, 3, WALL_TIME));
        Summary.Value bare = full.getSummary().getValue(0).toBuilder().clearMetadata().build();
        byte[] payload = full.toBuilder().setSummary(Summary.newBuilder().addValue(bare)).build().toByteArray();

        TensorRecord decoded = EventCodec.decode(payload, 0, payload.length, "f");

        assertThat(decoded.mode()).isEqualTo(Mode.GLOBAL);
        assertThat(decoded.modeStep()).isEqualTo(7);
    }

    @Test
    void decode_trainMode_keepsModeAndModeStep() {
        TensorRecord record = new TensorRecord("loss", NdArray.scalar(1.5), 9, Mode.TRAIN, 4, WALL_TIME);
        byte[] payload = EventCodec.encode(record);

        assertThat(EventCodec.decode(payload, 0, payload.length, "f")).isEqualTo(record);
    }

    @Test
    void decode_zeroDimensionalString_keepsEmptyShape() {
        NdArray value = NdArray.ofStringsShaped(new String[] {"héllo ✓ 🚀"}, new long[0]);
        TensorRecord record = new TensorRecord("s", value, 1, Mode.GLOBAL, 1, WALL_TIME);
        byte[] payload = EventCodec.encode(record);

        NdArray decoded = EventCodec.decode(payload, 0, payload.length, "f").value();

        assertThat(decoded.shape()).isEmpty();
        assertThat(decoded.toStringArray()).containsExactly("héllo ✓ 🚀");
    }

    @Test
    void encode_unpairedSurrogate_throwsNamingElement() {
        NdArray value = NdArray.ofStrings(new String[] {"ok", "bad\uD800"});
        TensorRecord record = new TensorRecord("names", value, 1, Mode.GLOBAL, 1, WALL_TIME);

        assertThatThrownBy(() -> EventCodec.encode(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tensor 'names': string element 1 has an unpaired surrogate U+D800 at char 3: valid "
                        + "Unicode expected");
    }

    @Test
    void encode_duplicateNameInStep_throws() {
        TensorRecord a = new TensorRecord("a", NdArray.scalar(1), 1, Mode.GLOBAL, 1, WALL_TIME);

        assertThatThrownBy(() -> EventFiles.encode(List.of(a, a), "events/x.tfevents"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tensor 'a' appears twice in step 1 of events/x.tfevents: names must be distinct");
    }

    @Test
    void encode_largeArray_wrapsWithoutChangingSource() {
        float[] values = new float[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5f;
        }
        NdArray value = NdArray.ofFloats(values, 10_000, 10);
        TensorRecord record = new TensorRecord("predictions", value, 3, Mode.GLOBAL, 3, WALL_TIME);

        byte[] payload = EventCodec.encode(record);

        assertThat(EventCodec.decode(payload, 0, payload.length, "f").value()).isEqualTo(value);
        assertThat(value.dtype()).isEqualTo(DType.FLOAT32);
    }

    private static String hex(double value) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value)
                .array());
    }

    private static String ascii(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
