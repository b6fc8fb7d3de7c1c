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
        // segment by segment without split: every read checks its key
        for (int start = 0; start <= key.length(); ) {
            int slash = key.indexOf('/', start);
            int end = slash < 0 ? key.length() : slash;
            if (end == start || key.charAt(start) == '.' && (end == start + 1
                    || end == start + 2 && key.charAt(start + 1) == '.')) {
                throw invalid(key);
            }
            start = end + 1;
        }
        return key;
    }

    /**
     * Checks a listing prefix: empty, or a text whose part up to its last {@code /} is a valid key followed by
     * {@code /} (the part after it is free, since it only has to be the start of a segment).
     *
     * @param prefix the prefix, such as {@code index/} or {@code index/000000000/0000}
     * @return the prefix
     * @throws IllegalArgumentException if the prefix is absolute or its folder part is not a valid key
     */
    public static String checkPrefix(String prefix) {
        if (prefix.startsWith("/") || prefix.contains("\\") || prefix.indexOf('\0') >= 0) {
            throw invalidPrefix(prefix);
        }
        int slash = prefix.lastIndexOf('/');
        if (slash >= 0) {
            try {
                check(prefix.substring(0, slash));
            } catch (IllegalArgumentException e) {
                throw invalidPrefix(prefix);
            }
        }
        return prefix;
    }

    /**
     * Compares two keys in UTF-8 byte order (which is Unicode code point order), the order S3 lists keys in; it
     * differs from {@link String#compareTo} only for characters outside the Basic Multilingual Plane.
     *
     * @param a a key
     * @param b another key
     * @return negative, zero or positive as {@code a} sorts before, equal to or after {@code b}
     */
    public static int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return a.length() - b.length();
    }

    // moves surrogates (D800-DFFF) above E000-FFFF, so UTF-16 units compare as the code points they encode
    private static int codePointOrder(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        return c >= 0xD800 ? c + 0x2000 : c;
    }

    private static IllegalArgumentException invalidPrefix(String prefix) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "storage prefix must be empty or a relative key's start, its folders without empty, '.' or '..' "
                        + "segments: '%s'", prefix));
    }

    private static IllegalArgumentException invalid(String key) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "storage key must be relative, '/'-separated, without empty, '.' or '..' segments: '%s'", key));
    }
}
