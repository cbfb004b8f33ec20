package io.rapport.template.coach;

/** A rule pattern that cannot be compiled; the message says what is wrong with it. */
public final class PatternSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    public PatternSyntaxError(String message) {
        super(message);
    }
}
