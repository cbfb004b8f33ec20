package io.rapport.template.coach;

import io.rapport.customer.Customer;
import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Flag;
import io.rapport.customer.Interaction;
import io.rapport.customer.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the history tells the coach before the first word is typed: the last contact was a
 * complaint, a follow-up is overdue, the customer keeps coming back about the same thing, or is
 * flagged vulnerable. Each note has a kind the view explains with a suggested approach.
 */
public final class CoachContexts {
    /** Topics that are complaints in the demo corpus and in imports. */
    private static final List<String> COMPLAINT_TOPICS = List.of("complaint", "reklamacja", "reklamace");

    private CoachContexts() {
    }

    public static CoachContext of(CustomerHistory h, String language, Clock clock) {
        if (h == null) {
            return CoachContext.NONE;
        }
        Customer c = h.customer();
        List<String> names = new ArrayList<>();
        if (c.formalAddress() != null) {
            names.add(c.formalAddress());
        }
        names.add(c.displayName());
        if (c.familyName() != null) {
            names.add(c.familyName());
        }
        if (c.givenName() != null) {
            names.add(c.givenName());
        }
        List<CoachContext.ContextNote> notes = new ArrayList<>();
        Interaction last = h.glance().lastContact();
        boolean complaint = false;
        if (last != null && ((last.topic() != null && COMPLAINT_TOPICS.contains(last.topic()))
                || (last.sentiment() != null && last.sentiment() < 0))) {
            complaint = true;
            notes.add(new CoachContext.ContextNote("lastComplaint", last.subject() == null ? "" : last.subject()));
        }
        for (Interaction open : h.glance().openIssues()) {
            if (Outcome.FOLLOW_UP.equals(open.outcome())
                    && Duration.between(open.startedAt(), clock.instant()).toDays() >= 2) {
                notes.add(new CoachContext.ContextNote("overdue", open.subject() == null ? "" : open.subject()));
                complaint = true;
                break;
            }
        }
        for (Map.Entry<String, Integer> t : h.glance().topicsLast30Days().entrySet()) {
            if (t.getValue() >= 3) {
                notes.add(new CoachContext.ContextNote("repeat", t.getKey() + ":" + t.getValue()));
                complaint = true;
                break;
            }
        }
        if (c.has(Flag.VULNERABLE)) {
            notes.add(new CoachContext.ContextNote("vulnerable", ""));
        }
        if (c.has(Flag.VIP)) {
            notes.add(new CoachContext.ContextNote("vip", ""));
        }
        if (!h.glance().openIssues().isEmpty()) {
            complaint = true;
        }
        return new CoachContext(names, complaint, notes);
    }
}
