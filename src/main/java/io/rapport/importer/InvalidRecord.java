package io.rapport.importer;

/** A record that could be read but is not a usable interaction; the message says why. */
final class InvalidRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidRecord(String message) {
        super(message, null, false, false);
    }
}
