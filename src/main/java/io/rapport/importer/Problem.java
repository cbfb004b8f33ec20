package io.rapport.importer;

/** A record that was not imported: where (line, or message number for mail) and why. */
public record Problem(long line, String reason) {
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + reason;
    }
}
