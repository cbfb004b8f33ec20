package io.rapport.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a byte stream line by line, decoding each line strictly, so that one line in a wrong
 * encoding (or binary garbage) is reported with its number instead of silently mangled.
 */
final class LineSource implements Closeable {
    static final int MAX_LINE = 16 * 1024 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    private long position;
    private long lineNo;
    private boolean eof;
    private boolean first = true;

    LineSource(InputStream in, Charset charset) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A decoded line without its terminator. */
    record Line(long number, String text, String error) {
    }

    /** The next line, or null at the end. A line that cannot be decoded has text null and an error. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        buf.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0) {
            position++;
            if (b == '\n') {
                break;
            }
            if (buf.size() < MAX_LINE) {
                buf.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b < 0) {
            eof = true;
            if (buf.size() == 0 && !tooLong) {
                return null;
            }
        }
        lineNo++;
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        int off = 0;
        if (first && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            off = 3;
        }
        first = false;
        if (tooLong) {
            return new Line(lineNo, null, "longer than " + (MAX_LINE / 1024 / 1024) + " MB");
        }
        try {
            return new Line(lineNo, decoder.decode(ByteBuffer.wrap(bytes, off, len - off)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(lineNo, null, "not valid " + decoder.charset().name() + " text");
        }
    }

    long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
