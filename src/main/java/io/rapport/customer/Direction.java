package io.rapport.customer;

import java.util.Locale;
import java.util.Optional;

/** Who started the contact. */
public enum Direction {
    INBOUND, OUTBOUND, INTERNAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "inbound": case "in": case "incoming":
                return Optional.of(INBOUND);
            case "outbound": case "out": case "outgoing":
                return Optional.of(OUTBOUND);
            case "internal":
                return Optional.of(INTERNAL);
            default:
                return Optional.empty();
        }
    }
}
