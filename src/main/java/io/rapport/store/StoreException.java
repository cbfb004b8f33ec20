package io.rapport.store;

/**
 * A failure of the local store, with a message fit for the person in front of the screen:
 * what went wrong and where, never a bare SQL error code.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
