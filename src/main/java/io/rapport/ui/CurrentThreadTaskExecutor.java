package io.rapport.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for tests of view-models. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        try {
            onSuccess.accept(work.call());
        } catch (Exception e) {
            onError.accept(e);
        }
        return new Cancellable() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
