package io.rapport.wrapup.redact;

import java.util.List;
import java.util.Objects;

/**
 * The result of redacting a note.
 *
 * @param text     the note with every finding replaced by its {@link Finding#replacement()}
 * @param findings what was replaced, sorted by start offset in the original text, never overlapping
 */
public record Redaction(String text, List<Finding> findings) {
    public Redaction {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
    }

    /** True when nothing sensitive was found, so {@link #text()} equals the input. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
