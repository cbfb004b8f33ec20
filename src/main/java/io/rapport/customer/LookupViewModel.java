package io.rapport.customer;

import io.rapport.ui.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search box: results update as the agent types, off the UI thread. Only the newest
 * query's results are ever shown (a slow old lookup finishing late is dropped), and while one
 * lookup runs only the latest of the keystrokes that follow is looked up next.
 */
public final class LookupViewModel {
    /** Why the result list is empty, for the view to say. */
    public enum State { IDLE, SEARCHING, RESULTS, NO_MATCH, ERROR, NOT_READY }

    private static final int LIMIT = 12;

    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerHit> results = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private CustomerService service;
    private Consumer<String> onOpen = id -> { };
    private long generation;
    private boolean inFlight;
    private String pending;

    public LookupViewModel(TaskExecutor executor, CustomerService service) {
        this.executor = executor;
        this.service = service;
        query.addListener((obs, old, now) -> search(now));
    }

    /** Supplies the service once the store is open; a query typed before then runs now. */
    public void ready(CustomerService s) {
        this.service = s;
        if (!query.get().isBlank()) {
            search(query.get());
        }
    }

    public void onOpen(Consumer<String> handler) {
        this.onOpen = handler;
    }

    private void search(String q) {
        long gen = ++generation;
        if (q == null || q.isBlank()) {
            pending = null;
            results.clear();
            selected.set(-1);
            state.set(State.IDLE);
            return;
        }
        if (service == null) {
            state.set(State.NOT_READY);
            return;
        }
        if (inFlight) {
            pending = q;
            return;
        }
        run(q, gen);
    }

    private void run(String q, long gen) {
        inFlight = true;
        busy.set(true);
        if (results.isEmpty()) {
            state.set(State.SEARCHING);
        }
        CustomerService s = service;
        executor.run(() -> s.lookup(q, LIMIT), hits -> finished(gen, hits, null), e -> finished(gen, null, e));
    }

    private void finished(long gen, List<CustomerHit> hits, Throwable e) {
        inFlight = false;
        if (pending != null) {
            String next = pending;
            pending = null;
            run(next, generation);
            return;
        }
        busy.set(false);
        if (gen != generation) {
            return;
        }
        if (e != null) {
            results.clear();
            selected.set(-1);
            error.set(e.getMessage());
            state.set(State.ERROR);
            return;
        }
        results.setAll(hits);
        selected.set(hits.isEmpty() ? -1 : 0);
        state.set(hits.isEmpty() ? State.NO_MATCH : State.RESULTS);
    }

    public void selectNext() {
        if (!results.isEmpty()) {
            selected.set(Math.min(results.size() - 1, selected.get() + 1));
        }
    }

    public void selectPrevious() {
        if (!results.isEmpty()) {
            selected.set(Math.max(0, selected.get() - 1));
        }
    }

    /** Opens the selected result (Enter); returns false if there is none. */
    public boolean openSelected() {
        int i = selected.get();
        if (i < 0 || i >= results.size()) {
            return false;
        }
        open(results.get(i));
        return true;
    }

    public void open(CustomerHit hit) {
        onOpen.accept(hit.customerId());
        clear();
    }

    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerHit> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
