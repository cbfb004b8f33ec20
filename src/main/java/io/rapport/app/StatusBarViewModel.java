package io.rapport.app;

import io.rapport.ui.RunningTask;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows: agent, UI language, sync state, store size and a running task. */
public final class StatusBarViewModel {
    /** Where this desktop stands with the team hub. */
    public enum Sync { LOCAL_ONLY, OPENING, READ_ONLY, FAILED }

    private final StringProperty agent = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<Sync> sync = new SimpleObjectProperty<>(Sync.OPENING);
    private final LongProperty storeBytes = new SimpleLongProperty(-1);
    private final StringProperty storePath = new SimpleStringProperty();
    private final ObjectProperty<RunningTask> task = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();

    public StringProperty agentProperty() {
        return agent;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Sync> syncProperty() {
        return sync;
    }

    public LongProperty storeBytesProperty() {
        return storeBytes;
    }

    public StringProperty storePathProperty() {
        return storePath;
    }

    public ObjectProperty<RunningTask> taskProperty() {
        return task;
    }

    /** A short note (e.g. "Imported 1,204 interactions"), shown until the next one. */
    public StringProperty messageProperty() {
        return message;
    }
}
