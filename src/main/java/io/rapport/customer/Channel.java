package io.rapport.customer;

import java.util.Locale;
import java.util.Optional;

/** How a contact happened. */
public enum Channel {
    PHONE, EMAIL, CHAT, SOCIAL, VISIT, NOTE;

    /** The value stored and exchanged (lower case). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code or a common synonym ("call", "mail", "sms" …); empty if unknown. */
    public static Optional<Channel> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "phone": case "call": case "voice": case "telephone": case "tel":
                return Optional.of(PHONE);
            case "email": case "e-mail": case "mail":
                return Optional.of(EMAIL);
            case "chat": case "webchat": case "sms": case "whatsapp": case "messenger":
                return Optional.of(CHAT);
            case "social": case "facebook": case "twitter": case "x": case "instagram":
                return Optional.of(SOCIAL);
            case "visit": case "store": case "shop": case "branch":
                return Optional.of(VISIT);
            case "note": case "internal":
                return Optional.of(NOTE);
            default:
                return Optional.empty();
        }
    }
}
