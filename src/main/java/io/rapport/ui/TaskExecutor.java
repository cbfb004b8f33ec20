package io.rapport.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (SQL, files, network) off the FX application thread and hands the result back
 * on it. View-models use only this interface; tests pass {@link CurrentThreadTaskExecutor} so
 * results are deterministic.
 */
public interface TaskExecutor {

    /** Starts {@code work} in the background; {@code onSuccess} or {@code onError} run on the UI thread. */
    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /** Runs {@code action} on the UI thread. */
    void onUiThread(Runnable action);

    /** A started task that can be asked to stop. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}
