package io.rapport.customer;

/**
 * A phone number or an e-mail address of a customer. {@code value} is the normalised form
 * (E.164 or lower-case address); {@code raw} is what was entered or imported.
 */
public record ContactPoint(String id, String value, String raw, String label) {
}
