package io.rapport.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C during a long command: the first one asks the work to stop at a safe point (the JVM
 * waits for it), so a cancelled import keeps everything it had finished.
 */
final class Interrupts implements AutoCloseable {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final Thread hook;

    private Interrupts(Thread worker) {
        this.hook = new Thread(() -> {
            if (finished.get()) {
                return;
            }
            cancelled.set(true);
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rapport-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Watches for Ctrl+C while {@code worker} (usually the current thread) works. */
    static Interrupts watch(Thread worker) {
        return new Interrupts(worker);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        finished.set(true);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; it sees finished and returns
        }
    }
}
