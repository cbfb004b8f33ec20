package io.rapport.importer;

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
    private byte[] buf = new byte[8192];
    private int len;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private long position;
    private long lineNo;
    private boolean eof;
    private boolean first = true;

    LineSource(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A decoded line without its terminator. */
    record Line(long number, String text, String error) {
    }

    /** The next line, or null at the end. A line that cannot be decoded has text null and an error. */
    Line next() throws IOException {
        if (eof && chunkPos >= chunkLen) {
            return null;
        }
        len = 0;
        boolean tooLong = false;
        boolean sawNewline = false;
        while (!sawNewline) {
            if (chunkPos >= chunkLen) {
                chunkLen = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    eof = true;
                    break;
                }
            }
            int end = chunkPos;
            while (end < chunkLen && chunk[end] != '\n') {
                end++;
            }
            int n = end - chunkPos;
            if (len + n > MAX_LINE) {
                tooLong = true;
                n = Math.max(0, MAX_LINE - len);
            }
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE, Math.max(len + n, buf.length * 2)));
            }
            System.arraycopy(chunk, chunkPos, buf, len, n);
            len += n;
            position += end - chunkPos;
            if (end < chunkLen) {
                sawNewline = true;
                position++;
                chunkPos = end + 1;
            } else {
                chunkPos = chunkLen;
            }
        }
        if (!sawNewline && len == 0 && !tooLong) {
            return null;
        }
        lineNo++;
        byte[] bytes = buf;
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
