package io.rapport.wrapup;

import io.rapport.customer.Amendment;
import io.rapport.customer.FollowUp;
import io.rapport.customer.FollowUpStore;
import io.rapport.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Wrap-up on the local store. */
public final class LocalWrapUpService implements WrapUpService {
    static final String DISPOSITIONS = "wrapup.dispositions";
    static final String REQUIRED = "wrapup.required";

    private final WrapUpStore store;
    private final FollowUpStore followUps;
    private final String agent;
    private final String language;
    private final Clock clock;
    private volatile DispositionTree tree;

    /** {@code language}: the agent's UI language, in which dispositions are written into the timeline. */
    public LocalWrapUpService(WrapUpStore store, FollowUpStore followUps, String agent, String language, Clock clock) {
        this.store = store;
        this.followUps = followUps;
        this.agent = agent;
        this.language = language;
        this.clock = clock;
    }

    @Override
    public String agent() {
        return agent;
    }

    @Override
    public DispositionTree dispositions() {
        DispositionTree t = tree;
        if (t == null) {
            Optional<String> edited = store.teamSetting(DISPOSITIONS);
            try {
                t = edited.map(DispositionTree::parse).orElseGet(DispositionTree::builtIn);
            } catch (IllegalArgumentException e) {
                // a damaged shared tree must not stop agents from wrapping up
                t = DispositionTree.builtIn();
            }
            tree = t;
        }
        return t;
    }

    @Override
    public void saveDispositions(DispositionTree t) {
        store.putTeamSetting(DISPOSITIONS, t.toJson(), agent);
        tree = t;
    }

    @Override
    public boolean wrapUpRequired() {
        return store.teamSetting(REQUIRED).map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public void setWrapUpRequired(boolean required) {
        store.putTeamSetting(REQUIRED, Boolean.toString(required), agent);
    }

    @Override
    public Draft open(Contact contact) {
        Optional<Draft> existing = store.openDraftFor(contact.customerId(), agent);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        Contact ended = contact.endedAt() == null
                ? new Contact(contact.customerId(), contact.channel(), contact.direction(), contact.startedAt(), now)
                : contact;
        return store.createDraft(ended, agent, now);
    }

    @Override
    public Optional<Draft> draft(String id) {
        return store.draft(id);
    }

    @Override
    public List<Draft> drafts() {
        return store.drafts(agent);
    }

    @Override
    public Saved save(String draftId, WrapUpFields fields, long revision) {
        Redactions.Result r = Redactions.of(fields);
        if (!store.saveDraft(draftId, r.fields(), revision)) {
            throw new StoreException("This wrap-up draft no longer exists (it was submitted or discarded)");
        }
        return new Saved(draftId, revision, clock.instant(), r.findings());
    }

    @Override
    public Submitted submit(String draftId, WrapUpFields typed, LocalDate today) {
        Draft draft = store.draft(draftId)
                .orElseThrow(() -> new StoreException("This wrap-up draft no longer exists (it was submitted or discarded)"));
        Redactions.Result r = Redactions.of(typed);
        WrapUpFields f = r.fields();
        DispositionTree t = dispositions();
        List<Problem> problems = WrapUpValidator.validate(f, t, today);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        WrapUpStatus status = WrapUpStatus.parse(f.status()).orElseThrow();
        LocalDate due = f.followUpDate().isBlank() ? null : FlexibleDates.parse(f.followUpDate(), today).orElse(null);
        String owner = f.followUpOwner().strip();
        if (due != null && owner.isEmpty()) {
            owner = agent;
        }
        Instant now = clock.instant();
        Instant acwFrom = draft.acwStartedAt();
        int acw = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Duration.between(acwFrom, now).toSeconds()));
        String summary = f.summary().strip();
        String next = f.nextSteps().strip();
        String subject = t.describe(f.reason(), f.detail(), language);
        String body = next.isEmpty() ? summary : summary + "\n\n→ " + next;
        Integer sentiment = f.sentiment() == 0 ? null : f.sentiment();
        WrapUpStore.Submitted s = store.submit(new WrapUpStore.Submission(draftId, draft.contact(), agent, f.reason(),
                f.detail(), status, summary, next, due, owner, sentiment, WrapUpValidator.tags(f.tags()), acw,
                r.counts(), subject, body, now));
        return new Submitted(s.noteId(), s.interactionId(), s.customerId(), r.findings());
    }

    @Override
    public void discard(String draftId) {
        store.deleteDraft(draftId);
    }

    @Override
    public Amendment amend(String interactionId, String text) {
        String clean = NoteText.clean(text).strip();
        if (clean.length() < 3) {
            throw new IllegalArgumentException("An amendment needs a few words saying what is corrected");
        }
        Redactions.Result r = Redactions.of(new WrapUpFields("", "", "", clean, "", "", "", 0, ""));
        return store.amend(interactionId, agent, r.fields().summary());
    }

    @Override
    public List<FollowUp> myFollowUps() {
        return followUps.openFor(agent, 500);
    }

    @Override
    public void completeFollowUp(String followUpId) {
        followUps.complete(followUpId, agent);
    }

    @Override
    public List<String> agents() {
        Set<String> out = new LinkedHashSet<>();
        out.add(agent);
        out.addAll(store.agents(50));
        return new ArrayList<>(out);
    }

    @Override
    public int exportNotes(LocalDate from, LocalDate to, ZoneId zone, Writer out, String lang) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The export range ends (" + to + ") before it starts (" + from + ")");
        }
        DispositionTree t = dispositions();
        try (NotesCsv csv = new NotesCsv(out, zone, t, lang)) {
            int n = store.forEachNote(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                    note -> csv.write(note));
            csv.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
