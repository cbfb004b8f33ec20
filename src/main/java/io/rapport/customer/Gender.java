package io.rapport.customer;

import java.util.Locale;
import java.util.Optional;

/** Grammatical gender for addressing a customer (Pan/Pani, pan/paní, Herr/Frau). */
public enum Gender {
    FEMALE, MALE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gender> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "female": case "f": case "k": case "ž": case "w":
                return Optional.of(FEMALE);
            case "male": case "m":
                return Optional.of(MALE);
            case "other": case "x": case "unknown":
                return Optional.of(OTHER);
            default:
                return Optional.empty();
        }
    }
}
