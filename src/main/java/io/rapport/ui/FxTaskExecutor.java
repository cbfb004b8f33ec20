package io.rapport.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The app's {@link TaskExecutor}: a small pool of daemon threads, results via Platform.runLater. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "rapport-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> f = pool.submit(() -> {
            try {
                T result = work.call();
                if (!cancelled.get()) {
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(result);
                        }
                    });
                }
            } catch (Throwable e) {
                if (!cancelled.get()) {
                    Platform.runLater(() -> onError.accept(e));
                }
            }
        });
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
                f.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
