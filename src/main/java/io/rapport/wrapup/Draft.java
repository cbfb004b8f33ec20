package io.rapport.wrapup;

import java.time.Instant;

/**
 * An unfinished wrap-up as autosaved: the contact, when after-call work started, the fields
 * (already redacted) and a revision that grows with every save.
 */
public record Draft(String id, String customerName, String agent, Contact contact, Instant acwStartedAt,
        WrapUpFields fields, long revision, Instant updatedAt) {
}
