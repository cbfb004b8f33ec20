package io.rapport.template.coach;

import java.util.Locale;
import java.util.Optional;

/** What a caring reply contains. */
public enum Element {
    /** The customer's feeling or situation is acknowledged. */
    ACKNOWLEDGE,
    /** An apology, expected when the customer complains. */
    APOLOGY,
    /** Someone takes it on: "I will…", "we will…". */
    OWNERSHIP,
    /** Why it happened. */
    CAUSE,
    /** What it means for the customer. */
    IMPACT,
    /** What we are doing about it. */
    ACTION,
    /** A concrete next step with a time. */
    NEXT_STEP,
    /** The customer's name or correct formal address. */
    NAME;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Element> byId(String id) {
        for (Element e : values()) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
