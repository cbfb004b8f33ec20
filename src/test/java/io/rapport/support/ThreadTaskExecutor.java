package io.rapport.support;

import io.rapport.ui.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A task executor without JavaFX: work on a pool, results on one "UI" thread, as in the app.
 * For view-model tests that must run off the toolkit (a child JVM killed mid-typing).
 */
public final class ThreadTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> daemon(r, "work"));
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> daemon(r, "ui"));

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        Future<?> f = pool.submit(() -> {
            try {
                T v = work.call();
                ui.execute(() -> onSuccess.accept(v));
            } catch (Exception e) {
                ui.execute(() -> onError.accept(e));
            }
        });
        return new Cancellable() {
            @Override
            public void cancel() {
                f.cancel(true);
            }

            @Override
            public boolean isCancelled() {
                return f.isCancelled();
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code action} on the UI thread and waits for it. */
    public void onUiThreadAndWait(Runnable action) throws Exception {
        ui.submit(action).get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        ui.shutdownNow();
    }
}
