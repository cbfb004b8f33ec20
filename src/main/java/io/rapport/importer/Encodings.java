package io.rapport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Guesses the encoding of a text export: UTF-8 if the start of the file is valid UTF-8,
 * otherwise Windows-1250, which Polish and Czech spreadsheet exports use.
 */
final class Encodings {
    static final Charset FALLBACK = Charset.forName("windows-1250");

    private Encodings() {
    }

    static Charset detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 20);
        }
        int len = head.length;
        // don't judge a multi-byte sequence cut at the end of the sample
        while (len > 0 && len > head.length - 4 && (head[len - 1] & 0xC0) == 0x80) {
            len--;
        }
        if (len > 0 && (head[len - 1] & 0xC0) == 0xC0) {
            len--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, len));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return FALLBACK;
        }
    }

    static Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding \"" + name + "\" (e.g. UTF-8, windows-1250, ISO-8859-2)");
        }
    }
}
