package io.rapport.customer;

import io.rapport.ui.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One open customer: header, at-a-glance strip and a timeline that loads page by page as the
 * agent scrolls, so 20,000 contacts open as fast as two. Filters (channels, dates, words)
 * reload the timeline; an answer to an older filter never replaces a newer one.
 */
public final class CustomerHistoryViewModel {
    static final int PAGE = 50;

    private final TaskExecutor executor;
    private final CustomerService service;
    private final ZoneId zone;
    private final String customerId;
    private final ObjectProperty<CustomerHistory> history = new SimpleObjectProperty<>();
    private final ObservableList<Interaction> timeline = FXCollections.observableArrayList();
    private final ObservableList<CustomerHit> duplicates = FXCollections.observableArrayList();
    private final ObservableSet<Channel> channels = FXCollections.observableSet(EnumSet.noneOf(Channel.class));
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty words = new SimpleStringProperty("");
    private final ObservableSet<String> expanded = FXCollections.observableSet();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty endReached = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty missing = new SimpleBooleanProperty();
    private TimelineQuery.Cursor next;
    private Runnable onReply = () -> { };
    private Amender amender;
    private final javafx.collections.ObservableMap<String, java.util.List<Amendment>> amendments =
            javafx.collections.FXCollections.observableHashMap();
    private long generation;

    public CustomerHistoryViewModel(TaskExecutor executor, CustomerService service, ZoneId zone, String customerId) {
        this.executor = executor;
        this.service = service;
        this.zone = zone;
        this.customerId = customerId;
        channels.addListener((javafx.collections.SetChangeListener<Channel>) c -> reloadTimeline());
        from.addListener((o, a, b) -> reloadTimeline());
        to.addListener((o, a, b) -> reloadTimeline());
        words.addListener((o, a, b) -> reloadTimeline());
    }

    /** Loads header, strip and the first page. */
    public void load() {
        error.set(null);
        executor.run(() -> service.history(customerId), h -> {
            if (h.isEmpty()) {
                missing.set(true);
                return;
            }
            history.set(h.get());
            executor.run(() -> service.possibleDuplicates(h.get().customer().id()), duplicates::setAll, e -> { });
        }, e -> error.set(e.getMessage()));
        reloadTimeline();
    }

    /** The id the timeline is loaded for (a merged-away id resolves to the survivor). */
    private String effectiveId() {
        CustomerHistory h = history.get();
        return h == null ? customerId : h.customer().id();
    }

    private TimelineQuery query(TimelineQuery.Cursor after) {
        Set<Channel> ch = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
        return new TimelineQuery(effectiveId(), ch,
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                words.get(), PAGE, after);
    }

    private void reloadTimeline() {
        long gen = ++generation;
        loading.set(true);
        endReached.set(false);
        TimelineQuery q = query(null);
        executor.run(() -> service.timeline(q), page -> {
            if (gen != generation) {
                return;
            }
            amendments.clear();
            amendments.putAll(page.amendments());
            timeline.setAll(page.rows());
            next = page.next();
            endReached.set(next == null);
            loading.set(false);
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                error.set(e.getMessage());
            }
        });
    }

    /** Fetches the next page if there is one and none is on its way. */
    public void loadMore() {
        if (loading.get() || next == null) {
            return;
        }
        long gen = generation;
        loading.set(true);
        TimelineQuery q = query(next);
        executor.run(() -> service.timeline(q), page -> {
            if (gen != generation) {
                return;
            }
            amendments.putAll(page.amendments());
            timeline.addAll(page.rows());
            next = page.next();
            endReached.set(next == null);
            loading.set(false);
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                error.set(e.getMessage());
            }
        });
    }

    /**
     * Merges a possible duplicate into this customer; {@code onDone} gets the merge id (for
     * undo) on the UI thread.
     */
    public void mergeDuplicate(CustomerHit duplicate, java.util.function.Consumer<String> onDone) {
        String survivor = effectiveId();
        executor.run(() -> service.merge(survivor, duplicate.customerId()), id -> {
            refresh();
            onDone.accept(id);
        }, e -> error.set(e.getMessage()));
    }

    public void undoMerge(String mergeId) {
        executor.run(() -> {
            service.undoMerge(mergeId);
            return mergeId;
        }, id -> refresh(), e -> error.set(e.getMessage()));
    }

    /** Opens the reply composer for this customer (the header's Reply button). */
    public void reply() {
        onReply.run();
    }

    void onReply(Runnable r) {
        this.onReply = r;
    }

    void amender(Amender a) {
        this.amender = a;
    }

    /** Whether {@code i} is a submitted wrap-up note that takes corrections. */
    public boolean canAmend(Interaction i) {
        return amender != null && i != null && InteractionStore.WRAPUP_SOURCE.equals(i.sourceSystem());
    }

    /** Adds a correction below a submitted note; the note itself never changes. */
    public void amend(Interaction i, String text) {
        if (!canAmend(i)) {
            return;
        }
        Amender a = amender;
        executor.run(() -> a.amend(i.id(), text), done -> {
            java.util.List<Amendment> list = new java.util.ArrayList<>(amendments.getOrDefault(i.id(),
                    java.util.List.of()));
            list.add(done);
            amendments.put(i.id(), list);
            int at = timeline.indexOf(i);
            if (at >= 0) {
                timeline.set(at, i);
            }
        }, e -> error.set(e.getMessage()));
    }

    /** Corrections added to the loaded timeline entries, by interaction id. */
    public javafx.collections.ObservableMap<String, java.util.List<Amendment>> amendments() {
        return amendments;
    }

    /** Reloads everything (after an import, a merge, a new note). */
    public void refresh() {
        load();
    }

    public void toggleExpanded(String interactionId) {
        if (!expanded.remove(interactionId)) {
            expanded.add(interactionId);
        }
    }

    public void toggleChannel(Channel c) {
        if (!channels.remove(c)) {
            channels.add(c);
        }
    }

    public void clearFilters() {
        generation++;
        channels.clear();
        from.set(null);
        to.set(null);
        words.set("");
        reloadTimeline();
    }

    public boolean hasFilters() {
        return !channels.isEmpty() || from.get() != null || to.get() != null
                || (words.get() != null && !words.get().isBlank());
    }

    /** Words of the filter, folded, for highlighting matches. */
    public List<String> highlightWords() {
        return LookupQueries.words(words.get());
    }

    public String customerId() {
        return customerId;
    }

    public ReadOnlyObjectProperty<CustomerHistory> historyProperty() {
        return history;
    }

    public ObservableList<Interaction> timeline() {
        return timeline;
    }

    public ObservableList<CustomerHit> duplicates() {
        return duplicates;
    }

    public ObservableSet<Channel> channels() {
        return channels;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObservableSet<String> expanded() {
        return expanded;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty endReachedProperty() {
        return endReached;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty missingProperty() {
        return missing;
    }
}
