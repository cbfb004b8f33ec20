package io.rapport.phrasebook;

import java.util.Locale;
import java.util.Optional;

/** Formal (Pan/Pani, vy, Sie, Ви) or informal (ty, du, ти). */
public enum Register {
    FORMAL, INFORMAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Register> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "formal":
                return Optional.of(FORMAL);
            case "informal":
                return Optional.of(INFORMAL);
            default:
                return Optional.empty();
        }
    }
}
