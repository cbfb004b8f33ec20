package io.rapport.wrapup.redact;

import java.util.Objects;

/**
 * One sensitive value found in a note. Offsets are Java {@code char} indices into the original
 * text, {@code end} exclusive. The original value is deliberately not kept, so a finding can be
 * logged or shown without leaking what it removed.
 *
 * @param kind        what was found
 * @param start       first char of the value in the original text
 * @param end         one past the last char of the value in the original text
 * @param replacement the text that stands in for the value in the redacted note
 */
public record Finding(Kind kind, int start, int end, String replacement) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Number of chars the value occupied in the original text. */
    public int length() {
        return end - start;
    }
}
