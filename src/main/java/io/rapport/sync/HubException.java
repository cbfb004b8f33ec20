package io.rapport.sync;

/** A hub operation that failed for a reason worth one line to the operator. */
public final class HubException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public HubException(String message) {
        super(message);
    }

    public HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
