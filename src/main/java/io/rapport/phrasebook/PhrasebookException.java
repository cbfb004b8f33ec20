package io.rapport.phrasebook;

/** A phrasebook edit or file that cannot be used; the message says what and where. */
public final class PhrasebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PhrasebookException(String message) {
        super(message);
    }

    public PhrasebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
