// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.storage.LocalStorage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TensorBoard form of the framing (real payload CRCs, a file_version header, simple_value scalars). */
final class TensorBoardCompatTest {
    private static final List<TensorRecord> STEP = List.of(
            new TensorRecord("train-rmse", NdArray.scalar(0.25), 4, Mode.GLOBAL, 4, 10.0),
            new TensorRecord("train-ndcg@5", NdArray.scalar(0.75), 4, Mode.GLOBAL, 4, 10.0),
            new TensorRecord("hyperparameters/objective", NdArray.ofStrings(new String[] {"reg:squarederror"}), 4,
                    Mode.GLOBAL, 4, 10.0),
            new TensorRecord("predictions", NdArray.ofFloats(new float[] {1, 2}), 4, Mode.GLOBAL, 4, 10.0));

    @Test
    void decodeAll_handFramedTensorBoardHeader_isSkipped() {
        byte[] payload = concat(hex("09000000000000f03f"), hex("1a0d"), ascii("brain.Event:2"));
        byte[] file = concat(realCrcRecord(payload), TfRecords.frame(EventCodec.encode(STEP.get(0)),
                TfRecords.Footer.PAYLOAD_CRC));

        assertThat(EventFiles.decodeAll(file, "tb")).containsExactly(STEP.get(0));
    }

    @Test
    void decodeRecord_tensorWithRealCrcFooter_isAcceptedAndVerified() {
        byte[] record = TfRecords.frame(EventCodec.encode(STEP.get(3)), TfRecords.Footer.PAYLOAD_CRC);

        assertThat(footer(record, record.length)).isNotEqualTo(MaskedCrc32c.SMDEBUG_FOOTER);
        assertThat(EventFiles.decodeRecord(record, "tb", 0)).isEqualTo(STEP.get(3));
    }

    @Test
    void encodeScalars_step_writesHeaderAndSimpleValuesWithRealCrcs() {
        byte[] file = TensorBoardFiles.encodeScalars(STEP, 9.5);

        List<TensorRecord> read = EventFiles.decodeAll(file, "tb");
        assertThat(read).extracting(TensorRecord::name).containsExactly("train-rmse", "train-ndcg_5");
        assertThat(read).allSatisfy(r -> {
            assertThat(r.value().dtype()).isEqualTo(DType.FLOAT32);
            assertThat(r.value().shape()).containsExactly(1);
            assertThat(r.step()).isEqualTo(4);
        });
        assertThat(read.get(1).value().scalarValue()).isEqualTo(0.75);
        int offset = 0;
        while (offset < file.length) {
            TfRecords.RecordSpan span = TfRecords.read(file, offset, "tb", 0);
            assertThat(footer(file, span.end())).isEqualTo(MaskedCrc32c.of(file, span.offset(),
                    span.length()));
            offset = span.end();
        }
    }

    @Test
    void writeTensorBoardScalars_localFolder_writesUnderTensorboardPrefix(@TempDir Path dir) {
        try (LocalStorage storage = LocalStorage.open(dir)) {
            String key = TrialWriter.open(storage, "worker_0").writeTensorBoardScalars(STEP);

            assertThat(key).isEqualTo("tensorboard/GLOBAL/000000000004_worker_0.tfevents");
            assertThat(EventFiles.decodeAll(storage.get(key), key)).hasSize(2);
        }
    }

    @Test
    void tag_nameWithCharactersTensorBoardRejects_replacesThem() {
        assertThat(TensorBoardFiles.tag("validation_0-logloss")).isEqualTo("validation_0-logloss");
        assertThat(TensorBoardFiles.tag("feature_importance/gain/my feature:1")).isEqualTo(
                "feature_importance/gain/my_feature_1");
    }

    private static byte[] realCrcRecord(byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(payload.length + 16).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(payload.length);
        out.putInt(masked(out.array(), 0, 8));
        out.put(payload);
        out.putInt(masked(payload, 0, payload.length));
        return out.array();
    }

    /** An independent masked CRC, straight from the spec's formula. */
    private static int masked(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        int value = (int) crc.getValue();
        return ((value >>> 15) | (value << 17)) + 0xA282EAD8;
    }

    private static int footer(byte[] bytes, int end) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(end - 4);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
