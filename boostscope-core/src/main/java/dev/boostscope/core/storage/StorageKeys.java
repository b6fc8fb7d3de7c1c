// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.util.Locale;

/**
 * Validates storage keys: relative, {@code /}-separated, without empty, {@code .} or {@code ..} segments, so no key can
 * reach outside its storage's root.
 *
 * <p>Thread-safe.
 */
public final class StorageKeys {
    private StorageKeys() {
    }

    /**
     * Checks a key.
     *
     * @param key the key
     * @return the key
     * @throws IllegalArgumentException if the key is empty, absolute, or has an empty, {@code .} or {@code ..} segment
     */
    public static String check(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.indexOf('\0') >= 0) {
            throw invalid(key);
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(key);
            }
        }
        return key;
    }

    private static IllegalArgumentException invalid(String key) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "storage key must be relative, '/'-separated, without empty, '.' or '..' segments: '%s'", key));
    }
}
