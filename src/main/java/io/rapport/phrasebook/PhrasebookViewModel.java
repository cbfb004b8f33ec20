package io.rapport.phrasebook;

import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Gender;
import io.rapport.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The phrasebook on a live call: the same phrase in the agent's language and the customer's,
 * in the right register and for the customer's gender, searchable in either language without
 * diacritics as you type; a "say this" card with a pronunciation hint; favourites.
 */
public final class PhrasebookViewModel {
    /** One line of the list: the concept with the phrase on each side. */
    public record Row(ConceptEntry entry, Phrase mine, Phrase theirs, boolean favourite, boolean needsReview) {
    }

    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty();
    private final StringProperty agentLanguage = new SimpleStringProperty("en");
    private final StringProperty customerLanguage = new SimpleStringProperty("pl");
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.FORMAL);
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.FEMALE);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Row> sayThis = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private PhrasebookService service;
    private PhraseIndex index = new PhraseIndex(List.of());
    private Set<String> favourites = new HashSet<>();
    private Set<String> review = new HashSet<>();
    private Consumer<String> inserter = s -> { };

    public PhrasebookViewModel(TaskExecutor executor) {
        this.executor = executor;
        query.addListener((o, a, b) -> refresh());
        category.addListener((o, a, b) -> refresh());
        agentLanguage.addListener((o, a, b) -> refresh());
        customerLanguage.addListener((o, a, b) -> refresh());
        register.addListener((o, a, b) -> refresh());
        gender.addListener((o, a, b) -> refresh());
    }

    public void ready(PhrasebookService s, String uiLanguage) {
        this.service = s;
        agentLanguage.set(uiLanguage);
        reload();
    }

    /** Where "insert into the reply" puts a phrase. */
    public void onInsert(Consumer<String> target) {
        this.inserter = target;
    }

    public void reload() {
        if (service == null) {
            return;
        }
        PhrasebookService s = service;
        executor.run(() -> new Object[] {new PhraseIndex(s.all()), s.favourites(), s.needingReview()}, r -> {
            index = (PhraseIndex) r[0];
            @SuppressWarnings("unchecked")
            Set<String> f = (Set<String>) r[1];
            @SuppressWarnings("unchecked")
            Set<String> rv = (Set<String>) r[2];
            favourites = new HashSet<>(f);
            review = new HashSet<>(rv);
            loaded.set(true);
            refresh();
        }, e -> message.set(e.getMessage()));
    }

    /** Follows the customer in front: their language and gender. */
    public void follow(CustomerHistory h) {
        if (h == null) {
            return;
        }
        String lang = h.customer().language();
        if (lang != null && PhrasebookPack.LANGUAGES.contains(lang)) {
            customerLanguage.set(lang);
        }
        if (h.customer().gender() == Gender.MALE || h.customer().gender() == Gender.FEMALE) {
            gender.set(h.customer().gender());
        }
    }

    private void refresh() {
        List<ConceptEntry> found = index.search(query.get(), category.get(), 500);
        List<Row> out = new ArrayList<>();
        List<Row> favs = new ArrayList<>();
        for (ConceptEntry e : found) {
            Phrase mine = e.best(agentLanguage.get(), register.get(), gender.get());
            Phrase theirs = e.best(customerLanguage.get(), register.get(), gender.get());
            boolean rv = theirs != null && review.contains(theirs.id());
            Row row = new Row(e, mine, theirs, favourites.contains(e.concept().id()), rv);
            (row.favourite() && (query.get() == null || query.get().isBlank()) ? favs : out).add(row);
        }
        favs.addAll(out);
        rows.setAll(favs);
        selected.set(rows.isEmpty() ? -1 : 0);
    }

    public void selectNext() {
        if (!rows.isEmpty()) {
            selected.set(Math.min(rows.size() - 1, selected.get() + 1));
        }
    }

    public void selectPrevious() {
        if (!rows.isEmpty()) {
            selected.set(Math.max(0, selected.get() - 1));
        }
    }

    /** Opens the big "say this" card for the selected row (Enter). */
    public void openSayThis() {
        int i = selected.get();
        if (i >= 0 && i < rows.size()) {
            sayThis.set(rows.get(i));
        }
    }

    public void closeSayThis() {
        sayThis.set(null);
    }

    /** The customer-language text of the card or the selected row, for copying. */
    public String textToCopy() {
        Row r = current();
        return r == null || r.theirs() == null ? null : r.theirs().text();
    }

    /** Puts the customer-language phrase into the reply being written. */
    public void insertIntoReply() {
        String t = textToCopy();
        if (t != null) {
            inserter.accept(t);
            message.set(null);
        }
    }

    public void toggleFavourite() {
        Row r = current();
        if (r == null || service == null) {
            return;
        }
        String id = r.entry().concept().id();
        PhrasebookService s = service;
        executor.run(() -> s.toggleFavourite(id), now -> {
            if (now) {
                favourites.add(id);
            } else {
                favourites.remove(id);
            }
            Row updated = new Row(r.entry(), r.mine(), r.theirs(), now, r.needsReview());
            if (sayThis.get() != null) {
                sayThis.set(updated);
            }
            int i = rows.indexOf(r);
            if (i >= 0) {
                rows.set(i, updated);
            }
        }, e -> message.set(e.getMessage()));
    }

    private Row current() {
        if (sayThis.get() != null) {
            return sayThis.get();
        }
        int i = selected.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    /** Saves an edited concept (trainers and leads); problems go to {@code message}. */
    public void save(ConceptEntry e, Runnable onSaved) {
        PhrasebookService s = service;
        executor.run(() -> {
            s.save(e);
            return e;
        }, x -> {
            message.set(null);
            reload();
            onSaved.run();
        }, err -> message.set(err.getMessage()));
    }

    public void confirm(String conceptId, String language) {
        PhrasebookService s = service;
        executor.run(() -> {
            s.confirm(conceptId, language);
            return conceptId;
        }, x -> reload(), err -> message.set(err.getMessage()));
    }

    public void importFile(java.nio.file.Path file) {
        PhrasebookService s = service;
        executor.run(() -> s.importFile(file), r -> {
            message.set(r.problems().isEmpty() ? null : String.join("; ", r.problems().subList(0,
                    Math.min(5, r.problems().size()))));
            reload();
        }, err -> message.set(err.getMessage()));
    }

    public void exportFile(java.nio.file.Path file) {
        PhrasebookService s = service;
        executor.run(() -> s.exportFile(file), n -> message.set(null), err -> message.set(err.getMessage()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty agentLanguageProperty() {
        return agentLanguage;
    }

    public StringProperty customerLanguageProperty() {
        return customerLanguage;
    }

    public ObjectProperty<Register> registerProperty() {
        return register;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<Row> sayThisProperty() {
        return sayThis;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
