package io.rapport.wrapup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves the wrap-up form as the agent types, on its own thread: a change is stored within
 * {@link #DELAY_MS} ms plus the write itself, however fast the typing (saves follow each other,
 * each taking the newest text). When a save fails (disk full, store read-only) the text stays
 * in the form and the save is retried, more slowly, until it succeeds or the form closes.
 */
public final class Autosaver implements AutoCloseable {
    static final long DELAY_MS = 250;
    private static final long[] RETRY_MS = {1_000, 2_000, 5_000, 10_000};

    /** What the form hears back (on the autosave thread: hand it to the UI thread yourself). */
    public interface Listener {
        void saved(WrapUpService.Saved saved);

        void failed(RuntimeException e, long retryInMs);
    }

    private record Pending(String draftId, WrapUpFields fields, long revision) {
    }

    private final WrapUpService service;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-autosave");
        t.setDaemon(true);
        return t;
    });
    private Pending pending;
    private ScheduledFuture<?> scheduled;
    private long revision;
    private int failures;

    public Autosaver(WrapUpService service, Listener listener) {
        this.service = service;
        this.listener = listener;
    }

    /** The form changed: store {@code fields} soon. Cheap; call it on every keystroke. */
    public synchronized void changed(String draftId, WrapUpFields fields, long storedRevision) {
        revision = Math.max(revision, storedRevision) + 1;
        pending = new Pending(draftId, fields, revision);
        if (scheduled == null && failures == 0) {
            scheduled = thread.schedule(this::saveNow, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Stores what is pending now and waits for it (before submit, on close). */
    public void flush() {
        try {
            thread.submit(this::saveNow).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while something typed is not yet stored. */
    public synchronized boolean hasPending() {
        return pending != null;
    }

    private void saveNow() {
        Pending p;
        synchronized (this) {
            p = pending;
            pending = null;
            scheduled = null;
        }
        if (p == null) {
            return;
        }
        try {
            WrapUpService.Saved saved = service.save(p.draftId(), p.fields(), p.revision());
            synchronized (this) {
                failures = 0;
                if (pending != null && scheduled == null) {
                    scheduled = thread.schedule(this::saveNow, DELAY_MS, TimeUnit.MILLISECONDS);
                }
            }
            listener.saved(saved);
        } catch (RuntimeException e) {
            long retry;
            synchronized (this) {
                if (pending == null) {
                    pending = p;
                }
                retry = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
                failures++;
                if (scheduled == null) {
                    scheduled = thread.schedule(this::saveNow, retry, TimeUnit.MILLISECONDS);
                }
            }
            listener.failed(e, retry);
        }
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
    }
}
