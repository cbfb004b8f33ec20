package io.rapport.template;

/** A template that cannot be saved or a pack that cannot be imported; the message says where and why. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String language;
    private final int position;

    public TemplateException(String message, String language, int position) {
        super(message);
        this.language = language;
        this.position = position;
    }

    public TemplateException(String message) {
        this(message, null, -1);
    }

    /** The variant's language the problem is in, or null. */
    public String language() {
        return language;
    }

    /** Position in that variant's body, or -1. */
    public int position() {
        return position;
    }
}
