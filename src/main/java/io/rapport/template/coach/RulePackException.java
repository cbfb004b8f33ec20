package io.rapport.template.coach;

/** A rule pack that cannot be used, with the file and line of the problem. */
public final class RulePackException extends Exception {
    private static final long serialVersionUID = 1L;

    public RulePackException(String message) {
        super(message);
    }
}
