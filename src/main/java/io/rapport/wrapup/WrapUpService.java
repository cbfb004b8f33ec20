package io.rapport.wrapup;

import io.rapport.customer.Amendment;
import io.rapport.customer.FollowUp;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Wrap-up for the window, the command line and the benchmark. Every method may block on the
 * store: call it off the FX application thread. Text is redacted before anything is written.
 */
public interface WrapUpService {

    /** The team's disposition codes (the shipped tree until a lead edits it). */
    DispositionTree dispositions();

    /** A lead's edited tree, shared with the team. */
    void saveDispositions(DispositionTree tree);

    /** Whether an agent must submit a wrap-up before taking the next contact (a team setting). */
    boolean wrapUpRequired();

    void setWrapUpRequired(boolean required);

    /** The agent's unfinished draft for this contact's customer, or a new one whose after-call work starts now. */
    Draft open(Contact contact);

    Optional<Draft> draft(String id);

    /** The agent's unfinished drafts, most recent first (reopened after a crash). */
    List<Draft> drafts();

    /** Autosave: redacts and stores the fields if {@code revision} is newer than what is stored. */
    Saved save(String draftId, WrapUpFields fields, long revision);

    /** The result of an autosave: what was stored and what redaction found in it. */
    record Saved(String draftId, long revision, Instant at, List<Redactions.FieldFinding> redactions) {
    }

    /**
     * Checks and submits; the note becomes immutable, appears in the customer's timeline and its
     * follow-up in "My follow-ups". Throws {@link Rejected} with the problems if the form is not
     * complete; the draft is then kept.
     */
    Submitted submit(String draftId, WrapUpFields fields, LocalDate today);

    record Submitted(String noteId, String interactionId, String customerId, List<Redactions.FieldFinding> redactions) {
    }

    /** The form is not complete: each problem beside its field. */
    final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        public Rejected(List<Problem> problems) {
            super(problems.size() + " problem(s): " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Throws the draft away (the agent confirmed). */
    void discard(String draftId);

    /** Adds a correction to a submitted note; the note itself never changes. */
    Amendment amend(String interactionId, String text);

    List<FollowUp> myFollowUps();

    void completeFollowUp(String followUpId);

    /** Agents to offer as follow-up owners: this agent first. */
    List<String> agents();

    /** Writes the notes submitted between the two dates (inclusive, in {@code zone}) as CSV; returns how many. */
    int exportNotes(LocalDate from, LocalDate to, ZoneId zone, Writer out, String language);

    /** The agent this service writes as. */
    String agent();
}
