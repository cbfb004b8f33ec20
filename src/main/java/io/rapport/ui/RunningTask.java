package io.rapport.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A long operation the status bar shows: what it is, how far (0..1, or -1 when unknown) and
 * how to cancel it. Anything that takes longer than half a second runs as one of these.
 */
public final class RunningTask {
    private final StringProperty title = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final Runnable cancel;

    public RunningTask(String title, Runnable cancel) {
        this.title.set(title);
        this.cancel = cancel;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public void cancel() {
        if (cancel != null) {
            cancel.run();
        }
    }

    public boolean isCancellable() {
        return cancel != null;
    }
}
