package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.customer.Amendment;
import io.rapport.customer.FollowUp;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The autosave rhythm: every change stored within a second however fast the typing; failures retried. */
class AutosaverTest {

    /** Records when each revision was stored; can be told to fail (disk full). */
    static final class Recorder implements WrapUpService {
        final ConcurrentHashMap<Long, Long> storedAt = new ConcurrentHashMap<>();
        final CopyOnWriteArrayList<String> texts = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public Saved save(String draftId, WrapUpFields fields, long revision) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("disk full");
            }
            long now = System.nanoTime() / 1_000_000;
            storedAt.put(revision, now);
            texts.add(fields.summary());
            return new Saved(draftId, revision, Instant.now(), List.of());
        }

        // the rest is not used by the autosaver
        @Override public DispositionTree dispositions() { return null; }
        @Override public void saveDispositions(DispositionTree tree) { }
        @Override public boolean wrapUpRequired() { return false; }
        @Override public void setWrapUpRequired(boolean required) { }
        @Override public Draft open(Contact contact) { return null; }
        @Override public Optional<Draft> draft(String id) { return Optional.empty(); }
        @Override public List<Draft> drafts() { return List.of(); }
        @Override public Submitted submit(String draftId, WrapUpFields fields, LocalDate today) { return null; }
        @Override public void discard(String draftId) { }
        @Override public Amendment amend(String interactionId, String text) { return null; }
        @Override public List<FollowUp> myFollowUps() { return List.of(); }
        @Override public void completeFollowUp(String followUpId) { }
        @Override public List<String> agents() { return List.of(); }
        @Override public int exportNotes(LocalDate f, LocalDate t, ZoneId z, Writer o, String l) { return 0; }
        @Override public String agent() { return "a"; }
    }

    static WrapUpFields text(String s) {
        return new WrapUpFields("", "", "", s, "", "", "", 0, "");
    }

    @Test
    void everyKeystrokeIsStoredWithinASecondWhileTypingContinues() throws Exception {
        Recorder r = new Recorder();
        CopyOnWriteArrayList<Long> typedAt = new CopyOnWriteArrayList<>();
        try (Autosaver a = new Autosaver(r, new Autosaver.Listener() {
            @Override
            public void saved(WrapUpService.Saved saved) {
            }

            @Override
            public void failed(RuntimeException e, long retryInMs) {
            }
        })) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 250; i++) {
                b.append('x');
                typedAt.add(System.nanoTime() / 1_000_000);
                a.changed("d", text(b.toString()), 0);
                Thread.sleep(8);
            }
            Thread.sleep(1200);
        }
        // revision i+1 holds keystroke i: it is stored when it or a later revision is stored
        long[] stored = new long[typedAt.size() + 2];
        java.util.Arrays.fill(stored, Long.MAX_VALUE);
        r.storedAt.forEach((rev, at) -> stored[rev.intValue()] = at);
        for (int i = stored.length - 2; i >= 0; i--) {
            stored[i] = Math.min(stored[i], stored[i + 1]);
        }
        long worst = 0;
        for (int i = 0; i < typedAt.size(); i++) {
            worst = Math.max(worst, stored[i + 1] - typedAt.get(i));
        }
        assertThat(worst).as("longest wait of a keystroke for the store, ms").isLessThan(1000);
        assertThat(r.texts.get(r.texts.size() - 1)).hasSize(250);
        assertThat(r.texts.size()).as("saves are batched, not one per keystroke").isLessThan(100);
    }

    @Test
    void aFailedSaveIsRetriedWithTheNewestTextAndNothingIsLost() throws Exception {
        Recorder r = new Recorder();
        r.failuresLeft.set(2);
        CopyOnWriteArrayList<String> failures = new CopyOnWriteArrayList<>();
        try (Autosaver a = new Autosaver(r, new Autosaver.Listener() {
            @Override
            public void saved(WrapUpService.Saved saved) {
            }

            @Override
            public void failed(RuntimeException e, long retryInMs) {
                failures.add(e.getMessage() + " " + retryInMs);
            }
        })) {
            a.changed("d", text("first"), 0);
            Thread.sleep(400);
            a.changed("d", text("first and more"), 0);
            long until = System.currentTimeMillis() + 8000;
            while (r.texts.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
        }
        assertThat(failures).containsExactly("disk full 1000", "disk full 2000");
        assertThat(r.texts).containsExactly("first and more");
    }
}
