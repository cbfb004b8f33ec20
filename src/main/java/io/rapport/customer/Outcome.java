package io.rapport.customer;

import java.util.Locale;
import java.util.Set;

/** How an interaction ended. Stored as text so imported systems' values survive. */
public final class Outcome {
    public static final String RESOLVED = "resolved";
    public static final String FOLLOW_UP = "follow-up";
    public static final String ESCALATED = "escalated";
    public static final String UNRESOLVED = "unresolved";
    public static final String TRANSFERRED = "transferred";
    public static final String INFORMATION = "information";

    /** Outcomes that leave something open for the next agent. */
    public static final Set<String> OPEN = Set.of(FOLLOW_UP, ESCALATED, UNRESOLVED);

    private Outcome() {
    }

    /** Normalises common spellings ("followup", "Follow up", "ANSWERED") to the stored values. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (s) {
            case "followup": case "follow-up-needed": case "callback": case "pending":
                return FOLLOW_UP;
            case "solved": case "closed": case "done": case "fcr":
                return RESOLVED;
            case "open": case "not-resolved":
                return UNRESOLVED;
            case "escalation":
                return ESCALATED;
            case "transfer":
                return TRANSFERRED;
            case "info":
                return INFORMATION;
            default:
                return s;
        }
    }

    public static boolean isOpen(String outcome) {
        return outcome != null && OPEN.contains(outcome);
    }
}
