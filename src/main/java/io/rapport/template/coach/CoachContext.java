package io.rapport.template.coach;

import java.util.List;

/**
 * What the coach knows about the customer in front of the agent: the names that count as
 * addressing them, whether they are complaining (so an apology is expected), and notes from
 * their history.
 */
public record CoachContext(List<String> names, boolean complaint, List<ContextNote> notes) {
    public static final CoachContext NONE = new CoachContext(List.of(), true, List.of());

    /** Something from the history the agent should keep in mind, and the approach that helps. */
    public record ContextNote(String kind, String detail) {
    }
}
