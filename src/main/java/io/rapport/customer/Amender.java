package io.rapport.customer;

/**
 * Adds a correction to a submitted note. Supplied by the wrap-up feature (which redacts the
 * text), so the history pane can offer it without depending on wrap-up.
 */
@FunctionalInterface
public interface Amender {
    Amendment amend(String interactionId, String text);
}
