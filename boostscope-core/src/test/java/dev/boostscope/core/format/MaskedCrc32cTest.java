// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checksum facts of docs/format.md, "TFRecord framing". */
final class MaskedCrc32cTest {

    @Test
    void crc_checkString_isCastagnoliCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(MaskedCrc32c.crc(check, 0, check.length)).isEqualTo(0xE3069283);
    }

    @Test
    void smdebugFooter_isMaskedCrcOfAsciiMagic() {
        assertThat(MaskedCrc32c.SMDEBUG_FOOTER).isEqualTo(0x062DC0B3);
    }

    @Test
    void of_lengthBytesOfSpecExample_matchesSpec() {
        byte[] length = {0x5a, 0, 0, 0, 0, 0, 0, 0};

        assertThat(MaskedCrc32c.of(length, 0, 8)).isEqualTo(0xBFB46F13);
    }

    @Test
    void mask_rotatesAndAddsDelta() {
        assertThat(MaskedCrc32c.mask(0)).isEqualTo(0xA282EAD8);
        assertThat(MaskedCrc32c.mask(1)).isEqualTo((1 << 17) + 0xA282EAD8);
        assertThat(MaskedCrc32c.mask(1 << 15)).isEqualTo(1 + 0xA282EAD8);
    }
}
