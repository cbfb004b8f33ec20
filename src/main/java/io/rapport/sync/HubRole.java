package io.rapport.sync;

import java.util.Locale;

/** What a hub user may do; each is a PostgreSQL group role that row-level security checks. */
public enum HubRole {
    /** Reads the shared history; writes customers, and interactions, notes and follow-ups as themselves. */
    AGENT,
    /** An agent who also reads and scores the notes of their own team and edits team settings. */
    LEAD,
    /** Reads like an agent; writes templates and the phrasebook. */
    TRAINER,
    /** Manages users, reads the audit log, erases customers. */
    ADMIN;

    /** The PostgreSQL group role, e.g. {@code rapport_agent}. */
    public String groupRole() {
        return "rapport_" + key();
    }

    /** The value stored in {@code rapport.users.role}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HubRole parse(String s) {
        if (s != null) {
            for (HubRole r : values()) {
                if (r.key().equalsIgnoreCase(s.strip())) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "': use agent, lead, trainer or admin");
    }
}
