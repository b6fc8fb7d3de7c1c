// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * TFRecord's masked CRC-32C (Castagnoli): {@code ((crc >>> 15) | (crc << 17)) + 0xA282EAD8}.
 *
 * <p>Thread-safe.
 */
public final class MaskedCrc32c {
    /**
     * The footer smdebug writes in {@code events/} files instead of the payload's CRC: the masked CRC of the ten ASCII
     * characters {@code 0x12345678}.
     */
    public static final int SMDEBUG_FOOTER = mask(crc(("0x12345678").getBytes(StandardCharsets.US_ASCII), 0, 10));

    private static final int MASK_DELTA = 0xA282EAD8;

    private MaskedCrc32c() {
    }

    /**
     * Returns the masked CRC-32C of a byte range.
     *
     * @param bytes the data
     * @param offset the first byte
     * @param length the number of bytes
     * @return the masked checksum
     */
    public static int of(byte[] bytes, int offset, int length) {
        return mask(crc(bytes, offset, length));
    }

    /**
     * Returns the plain CRC-32C of a byte range.
     *
     * @param bytes the data
     * @param offset the first byte
     * @param length the number of bytes
     * @return the checksum
     */
    public static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static int mask(int crc) {
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }
}
