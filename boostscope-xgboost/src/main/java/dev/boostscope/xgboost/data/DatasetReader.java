// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads LIBSVM or CSV training data, plain or gzip-compressed, into a {@link Dataset}.
 *
 * <p>Gzip is recognised by its magic bytes ({@code 1f 8b}), not by the file name. The parser works on bytes in one
 * buffer: no string per line or token, no regular expressions. Bad input is never skipped: the first malformed line
 * ends the read with an {@link InputFormatException} naming the source, the line, the column and the text.
 *
 * <pre>{@code
 * Dataset train = DatasetReader.read(Path.of("train.libsvm.gz"), ReadOptions.libsvm()).requireClassLabels(10);
 * DMatrix matrix = train.toDMatrix();
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call reads on the calling thread and blocks until done.
 */
public final class DatasetReader {
    private static final int GZIP_BUFFER = 1 << 16;

    private DatasetReader() {
    }

    /**
     * Reads a file.
     *
     * @param path the file, plain or gzip
     * @param options the format and how to read it
     * @return the rows
     * @throws InputFormatException if the content is not valid data of that format, or the gzip stream is corrupt
     * @throws IOException if the file cannot be read
     */
    public static Dataset read(Path path, ReadOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), options);
        }
    }

    /**
     * Reads a stream to its end; does not close it.
     *
     * @param in the bytes, plain or gzip
     * @param source the name to use in error messages and {@link Dataset#source()}, such as the file path
     * @param options the format and how to read it
     * @return the rows
     * @throws InputFormatException if the content is not valid data of that format, or the gzip stream is corrupt
     * @throws IOException if reading fails
     */
    public static Dataset read(InputStream in, String source, ReadOptions options) throws IOException {
        PushbackInputStream peekable = new PushbackInputStream(in, 2);
        byte[] magic = peekable.readNBytes(2);
        peekable.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        if (!gzip) {
            return parse(peekable, source, options);
        }
        try {
            return parse(new GZIPInputStream(peekable, GZIP_BUFFER), source, options);
        } catch (ZipException | EOFException e) {
            throw new InputFormatException(source, "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        }
    }

    private static Dataset parse(InputStream in, String source, ReadOptions options) throws IOException {
        LineParser parser = options.format() == InputFormat.LIBSVM
                ? new LibsvmParser(source, options) : new CsvParser(source, options);
        ByteLines lines = new ByteLines(in, source);
        while (lines.next()) {
            parser.parse(lines.buffer(), lines.start(), lines.end(), lines.lineNumber());
        }
        return parser.finish();
    }
}
