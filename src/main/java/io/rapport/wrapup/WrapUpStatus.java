package io.rapport.wrapup;

import java.util.Optional;

/** How the contact ended, as the wrap-up records it; the codes are the timeline's outcomes. */
public enum WrapUpStatus {
    RESOLVED("resolved"),
    FOLLOW_UP("follow-up"),
    ESCALATED("escalated"),
    TRANSFERRED("transferred");

    private final String code;

    WrapUpStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WrapUpStatus> parse(String code) {
        for (WrapUpStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
