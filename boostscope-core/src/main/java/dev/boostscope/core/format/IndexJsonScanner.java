// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.Mode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an index file in the shape smdebug and Boostscope write it ({@code meta}, {@code tensor_payload}, an empty
 * {@code shape_payload}, an optional {@code format_version}; printable ASCII strings without escapes; non-negative
 * integers) in one pass over the bytes, without building a JSON tree. Opening a trial reads one index file per step
 * and worker; in a fresh JVM Jackson's tree reader costs several times more per file until it is compiled, which
 * dominated a first open.
 *
 * <p>It declines (returns null) whenever the bytes stray from that shape or a value would be rejected: an escape, a
 * non-ASCII byte, a negative or fractional number, an unknown or repeated key, a missing key, a bad mode, version or
 * location. {@link IndexFile#parse} then reads the file with Jackson, which accepts the rest of JSON and words every
 * error, so what this scanner accepts it reads exactly as Jackson's path would, and all else is Jackson's.
 *
 * <p>Not thread-safe: one instance per file.
 */
final class IndexJsonScanner {
    private static final int MAX_DIGITS = 18;
    private static final Decline DECLINE = new Decline();

    private final byte[] in;
    private int at;
    private int seen;
    private @Nullable String mode;
    private long modeStep = -1;
    private @Nullable String eventFile;
    private @Nullable List<IndexFile.TensorLocation> tensors;
    private long version = 1;

    private IndexJsonScanner(byte[] in) {
        this.in = in;
    }

    /**
     * Reads an index file of the common shape.
     *
     * @param bytes the file's bytes
     * @return the index, or null if the file is of another shape or invalid (Jackson's reader decides)
     */
    static @Nullable IndexFile scan(byte[] bytes) {
        try {
            return new IndexJsonScanner(bytes).root();
        } catch (Decline | IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable IndexFile root() {
        object(this::rootField);
        space();
        if (at != in.length || eventFile == null || modeStep < 0 || mode == null || (seen & 6) == 0
                || version > IndexFile.CURRENT_VERSION || version < 1 || !IndexFile.isRelativeKey(eventFile)) {
            return null;
        }
        List<IndexFile.TensorLocation> list = tensors == null ? List.of() : tensors;
        return new IndexFile(Mode.parse(mode), modeStep, eventFile, list, (int) version);
    }

    private void rootField(String key) {
        switch (key) {
            case "meta" -> once(1, () -> object(this::metaField));
            case "tensor_payload" -> once(2, () -> tensors = payload());
            case "shape_payload" -> once(4, this::emptyList);
            case "format_version" -> once(8, () -> version = integer());
            default -> throw DECLINE;
        }
    }

    private void metaField(String key) {
        switch (key) {
            case "mode" -> once(16, () -> mode = string());
            case "mode_step" -> once(32, () -> modeStep = integer());
            case "event_file_name" -> once(64, () -> eventFile = string());
            default -> throw DECLINE;
        }
    }

    private List<IndexFile.TensorLocation> payload() {
        List<IndexFile.TensorLocation> out = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            at++;
            return out;
        }
        do {
            out.add(location());
        } while (comma(']'));
        return out;
    }

    private IndexFile.TensorLocation location() {
        Location location = new Location();
        object(location::field);
        if (location.seen != 7 || location.name.isEmpty() || location.length < TfRecords.OVERHEAD
                || location.length > Integer.MAX_VALUE) {
            throw DECLINE;
        }
        return new IndexFile.TensorLocation(location.name, location.start, (int) location.length);
    }

    private void emptyList() {
        expect('[');
        expect(']');
    }

    /** Reads an object, handing each key to a reader of its value; repeated keys are the readers' to refuse. */
    private void object(FieldReader fields) {
        expect('{');
        if (peek() == '}') {
            at++;
            return;
        }
        do {
            String key = string();
            expect(':');
            fields.read(key);
        } while (comma('}'));
    }

    private void once(int bit, Runnable value) {
        if ((seen & bit) != 0) {
            throw DECLINE;
        }
        seen |= bit;
        value.run();
    }

    /** Returns true after a comma, false after the closing bracket. */
    private boolean comma(char close) {
        byte next = peek();
        at++;
        if (next == ',') {
            return true;
        }
        if (next != close) {
            throw DECLINE;
        }
        return false;
    }

    private String string() {
        expect('"');
        int start = at;
        while (at < in.length && in[at] != '"') {
            byte b = in[at++];
            if (b < 0x20 || b > 0x7e || b == '\\') {
                throw DECLINE;
            }
        }
        if (at == in.length) {
            throw DECLINE;
        }
        return new String(in, start, at++ - start, StandardCharsets.ISO_8859_1);
    }

    private long integer() {
        space();
        int start = at;
        long value = 0;
        while (at < in.length && in[at] >= '0' && in[at] <= '9') {
            value = value * 10 + (in[at++] - '0');
        }
        int digits = at - start;
        if (digits == 0 || digits > MAX_DIGITS || digits > 1 && in[start] == '0') {
            throw DECLINE;
        }
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw DECLINE;
        }
        at++;
    }

    /** Skips white space and returns the next byte (0 at the end). */
    private byte peek() {
        space();
        return at < in.length ? in[at] : 0;
    }

    private void space() {
        while (at < in.length && (in[at] == ' ' || in[at] == '\n' || in[at] == '\r' || in[at] == '\t')) {
            at++;
        }
    }

    /** Reads the value of one key of an object. */
    @FunctionalInterface
    private interface FieldReader {
        void read(String key);
    }

    /** One entry of {@code tensor_payload}, as read so far. */
    private final class Location {
        int seen;
        String name = "";
        long start;
        long length;

        void field(String key) {
            switch (key) {
                case "tensorname" -> name = once(1, IndexJsonScanner.this::string);
                case "start_idx" -> start = once(2, IndexJsonScanner.this::integer);
                case "length" -> length = once(4, IndexJsonScanner.this::integer);
                default -> throw DECLINE;
            }
        }

        private <T> T once(int bit, java.util.function.Supplier<T> value) {
            if ((seen & bit) != 0) {
                throw DECLINE;
            }
            seen |= bit;
            return value.get();
        }
    }

    /** Thrown to leave the scan when the file is of another shape; carries no stack trace. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }
}
