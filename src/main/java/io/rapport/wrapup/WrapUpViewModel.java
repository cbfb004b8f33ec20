package io.rapport.wrapup;

import io.rapport.customer.FollowUp;
import io.rapport.ui.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The wrap-up form: one draft at a time, autosaved as it changes, validated when submitted
 * (and live after a refused submit), with the agent's other drafts and follow-ups beside it.
 */
public final class WrapUpViewModel {
    /** Whether what is on screen is stored. */
    public enum SaveState { NONE, PENDING, SAVED, FAILED }

    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private WrapUpService service;
    private Autosaver autosaver;
    private DispositionTree tree;

    private final ObjectProperty<Draft> draft = new SimpleObjectProperty<>();
    private final ObservableList<Disposition> reasons = FXCollections.observableArrayList();
    private final ObservableList<Disposition> details = FXCollections.observableArrayList();
    private final ObjectProperty<Disposition> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<Disposition> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<WrapUpStatus> status = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty nextSteps = new SimpleStringProperty("");
    private final StringProperty followUpDate = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUpParsed = new SimpleObjectProperty<>();
    private final StringProperty followUpOwner = new SimpleStringProperty("");
    private final IntegerProperty sentiment = new SimpleIntegerProperty(0);
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableMap<Problem.Field, Problem> problems = FXCollections.observableMap(
            new EnumMap<>(Problem.Field.class));
    private final ObservableList<Redactions.FieldFinding> redactions = FXCollections.observableArrayList();
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.NONE);
    private final ObjectProperty<Instant> savedAt = new SimpleObjectProperty<>();
    private final StringProperty saveError = new SimpleStringProperty();
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final IntegerProperty refusals = new SimpleIntegerProperty();
    /** Set to the customer whose wrap-up must be finished first (the team requires it), else null. */
    private final StringProperty blocked = new SimpleStringProperty();
    private boolean loading;
    private boolean validateLive;
    private Consumer<WrapUpService.Submitted> onSubmitted = s -> { };
    private Runnable onLeave = () -> { };
    private Consumer<String> onOpenCustomer = id -> { };

    public WrapUpViewModel(TaskExecutor executor, Clock clock, ZoneId zone) {
        this.executor = executor;
        this.clock = clock;
        this.zone = zone;
        reason.addListener((o, a, r) -> {
            details.setAll(r == null ? List.of() : r.details());
            if (!loading && (detail.get() == null || !details.contains(detail.get()))) {
                detail.set(null);
            }
        });
        ChangeListener<Object> changed = (o, a, b) -> changed();
        for (var p : List.of(reason, detail, status, summary, nextSteps, followUpDate, followUpOwner, sentiment, tags)) {
            p.addListener(changed);
        }
        followUpDate.addListener((o, a, b) -> followUpParsed.set(FlexibleDates.parse(b, today()).orElse(null)));
        status.addListener((o, a, s) -> {
            if (!loading && s == WrapUpStatus.FOLLOW_UP && followUpOwner.get().isBlank() && service != null) {
                followUpOwner.set(service.agent());
            }
        });
    }

    /** Supplies the service once the store is open, and reopens unfinished drafts. */
    public void ready(WrapUpService s) {
        this.service = s;
        if (autosaver != null) {
            autosaver.close();
        }
        this.autosaver = new Autosaver(s, new Autosaver.Listener() {
            @Override
            public void saved(WrapUpService.Saved saved) {
                executor.onUiThread(() -> onSaved(saved));
            }

            @Override
            public void failed(RuntimeException e, long retryInMs) {
                executor.onUiThread(() -> {
                    saveState.set(SaveState.FAILED);
                    saveError.set(e.getMessage());
                });
            }
        });
        executor.run(() -> new Object[] {s.dispositions(), s.drafts(), s.myFollowUps(), s.agents(), s.wrapUpRequired()},
                r -> {
                    tree = (DispositionTree) r[0];
                    reasons.setAll(tree.reasons());
                    @SuppressWarnings("unchecked")
                    List<Draft> d = (List<Draft>) r[1];
                    drafts.setAll(d);
                    @SuppressWarnings("unchecked")
                    List<FollowUp> f = (List<FollowUp>) r[2];
                    followUps.setAll(f);
                    @SuppressWarnings("unchecked")
                    List<String> a = (List<String>) r[3];
                    agents.setAll(a);
                    required.set((Boolean) r[4]);
                    if (draft.get() == null && !d.isEmpty()) {
                        load(d.get(0));
                    }
                }, e -> message.set(e.getMessage()));
    }

    /** F9 or the end of a call: opens (or reopens) the wrap-up of this contact. */
    public void start(Contact contact) {
        if (service == null) {
            return;
        }
        WrapUpService s = service;
        keepDraftQuietly();
        if (required.get()) {
            // the team requires each contact wrapped up before the next: the unfinished one comes first
            Draft other = drafts.stream().filter(d -> !d.contact().customerId().equals(contact.customerId()))
                    .findFirst().orElse(null);
            if (other != null) {
                message.set(null);
                executor.run(() -> s.draft(other.id()), d -> d.ifPresent(x -> {
                    load(x);
                    blocked.set(x.customerName());
                }), e -> message.set(e.getMessage()));
                return;
            }
        }
        blocked.set(null);
        executor.run(() -> s.open(contact), d -> {
            load(d);
            refreshLists();
        }, e -> message.set(e.getMessage()));
    }

    /** Shows another unfinished draft (what is typed in the current one is kept). */
    public void select(Draft d) {
        if (d == null || (draft.get() != null && draft.get().id().equals(d.id()))) {
            return;
        }
        keepDraftQuietly();
        WrapUpService s = service;
        executor.run(() -> s.draft(d.id()), fresh -> fresh.ifPresentOrElse(this::load, this::refreshLists),
                e -> message.set(e.getMessage()));
    }

    private void keepDraftQuietly() {
        if (autosaver != null && autosaver.hasPending()) {
            Autosaver a = autosaver;
            executor.run(() -> {
                a.flush();
                return null;
            }, x -> { }, e -> { });
        }
    }

    private void load(Draft d) {
        loading = true;
        try {
            draft.set(d);
            WrapUpFields f = d.fields();
            Disposition r = tree == null ? null : tree.reason(f.reason()).orElse(null);
            reason.set(r);
            details.setAll(r == null ? List.of() : r.details());
            detail.set(r == null ? null : tree.detail(f.reason(), f.detail()).orElse(null));
            status.set(WrapUpStatus.parse(f.status()).orElse(null));
            summary.set(f.summary());
            nextSteps.set(f.nextSteps());
            followUpDate.set(f.followUpDate());
            followUpOwner.set(f.followUpOwner());
            sentiment.set(f.sentiment());
            tags.set(f.tags());
            problems.clear();
            redactions.clear();
            validateLive = false;
            saveState.set(SaveState.SAVED);
            savedAt.set(d.updatedAt());
            saveError.set(null);
        } finally {
            loading = false;
        }
    }

    /** The form as typed. */
    public WrapUpFields fields() {
        return new WrapUpFields(reason.get() == null ? "" : reason.get().code(),
                detail.get() == null ? "" : detail.get().code(), status.get() == null ? "" : status.get().code(),
                summary.get(), nextSteps.get(), followUpDate.get(), followUpOwner.get(), sentiment.get(), tags.get());
    }

    private void changed() {
        if (loading || draft.get() == null || autosaver == null) {
            return;
        }
        WrapUpFields f = fields();
        autosaver.changed(draft.get().id(), f, draft.get().revision());
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.PENDING);
        }
        if (validateLive && tree != null) {
            showProblems(WrapUpValidator.validate(f, tree, today()));
        }
    }

    private void onSaved(WrapUpService.Saved saved) {
        if (draft.get() == null || !draft.get().id().equals(saved.draftId())) {
            return;
        }
        saveError.set(null);
        savedAt.set(saved.at());
        saveState.set(autosaver.hasPending() ? SaveState.PENDING : SaveState.SAVED);
        redactions.setAll(saved.redactions());
    }

    private void showProblems(List<Problem> list) {
        Map<Problem.Field, Problem> byField = new EnumMap<>(Problem.Field.class);
        for (Problem p : list) {
            byField.putIfAbsent(p.field(), p);
        }
        problems.clear();
        problems.putAll(byField);
    }

    /** Ctrl+Enter: checks, stores and closes the wrap-up; problems are shown beside their fields. */
    public void submit() {
        Draft d = draft.get();
        if (d == null || service == null || busy.get()) {
            return;
        }
        WrapUpFields f = fields();
        if (tree != null) {
            List<Problem> list = WrapUpValidator.validate(f, tree, today());
            if (!list.isEmpty()) {
                validateLive = true;
                showProblems(list);
                refusals.set(refusals.get() + 1);
                return;
            }
        }
        busy.set(true);
        WrapUpService s = service;
        Autosaver a = autosaver;
        LocalDate today = today();
        executor.run(() -> {
            a.flush();
            return s.submit(d.id(), f, today);
        }, done -> {
            busy.set(false);
            blocked.set(null);
            draft.set(null);
            problems.clear();
            redactions.clear();
            saveState.set(SaveState.NONE);
            refreshLists();
            onSubmitted.accept(done);
        }, e -> {
            busy.set(false);
            if (e instanceof WrapUpService.Rejected r) {
                validateLive = true;
                showProblems(r.problems());
                refusals.set(refusals.get() + 1);
            } else {
                message.set(e.getMessage());
            }
        });
    }

    /** Esc: the draft stays (it is already saved) and the agent goes back to the customer. */
    public void keepDraft() {
        keepDraftQuietly();
        onLeave.run();
    }

    /** Throws the current draft away (after the agent confirmed). */
    public void discard() {
        Draft d = draft.get();
        if (d == null) {
            return;
        }
        WrapUpService s = service;
        loading = true;
        draft.set(null);
        loading = false;
        executor.run(() -> {
            s.discard(d.id());
            return null;
        }, x -> refreshLists(), e -> message.set(e.getMessage()));
    }

    /**
     * Writes the notes submitted between two dates to {@code file} as CSV, off the UI thread;
     * {@code done} gets how many were written.
     */
    public void exportNotes(LocalDate from, LocalDate to, java.nio.file.Path file, String language,
            Consumer<Integer> done) {
        WrapUpService s = service;
        if (s == null) {
            return;
        }
        executor.run(() -> {
            java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".part");
            int n;
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.UTF_8)) {
                n = s.exportNotes(from, to, zone, w, language);
            } catch (RuntimeException | java.io.IOException e) {
                java.nio.file.Files.deleteIfExists(tmp);
                throw e;
            }
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return n;
        }, done::accept, e -> message.set(e.getMessage()));
    }

    public void completeFollowUp(FollowUp f) {
        WrapUpService s = service;
        executor.run(() -> {
            s.completeFollowUp(f.id());
            return null;
        }, x -> refreshLists(), e -> message.set(e.getMessage()));
    }

    public void refreshLists() {
        if (service == null) {
            return;
        }
        WrapUpService s = service;
        executor.run(() -> new Object[] {s.drafts(), s.myFollowUps()}, r -> {
            @SuppressWarnings("unchecked")
            List<Draft> d = (List<Draft>) r[0];
            drafts.setAll(d);
            @SuppressWarnings("unchecked")
            List<FollowUp> f = (List<FollowUp>) r[1];
            followUps.setAll(f);
        }, e -> message.set(e.getMessage()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The current draft's customer, if one is open. */
    public Optional<String> customerId() {
        return Optional.ofNullable(draft.get()).map(d -> d.contact().customerId());
    }

    public void onSubmitted(Consumer<WrapUpService.Submitted> c) {
        this.onSubmitted = c;
    }

    /** Opens a customer's history (from a follow-up). */
    public void openCustomer(String customerId) {
        onOpenCustomer.accept(customerId);
    }

    public void onOpenCustomer(Consumer<String> c) {
        this.onOpenCustomer = c;
    }

    public void onLeave(Runnable r) {
        this.onLeave = r;
    }

    /** Stores what is pending; the window calls it when closing. */
    public void close() {
        if (autosaver != null) {
            autosaver.close();
        }
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft;
    }

    public ObservableList<Disposition> reasons() {
        return reasons;
    }

    public ObservableList<Disposition> details() {
        return details;
    }

    public ObjectProperty<Disposition> reasonProperty() {
        return reason;
    }

    public ObjectProperty<Disposition> detailProperty() {
        return detail;
    }

    public ObjectProperty<WrapUpStatus> statusProperty() {
        return status;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty nextStepsProperty() {
        return nextSteps;
    }

    public StringProperty followUpDateProperty() {
        return followUpDate;
    }

    public ReadOnlyObjectProperty<LocalDate> followUpParsedProperty() {
        return followUpParsed;
    }

    public StringProperty followUpOwnerProperty() {
        return followUpOwner;
    }

    public IntegerProperty sentimentProperty() {
        return sentiment;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObservableMap<Problem.Field, Problem> problems() {
        return problems;
    }

    public ObservableList<Redactions.FieldFinding> redactions() {
        return redactions;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public ReadOnlyObjectProperty<Instant> savedAtProperty() {
        return savedAt;
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }

    public ObservableList<Draft> drafts() {
        return drafts;
    }

    public ObservableList<FollowUp> followUps() {
        return followUps;
    }

    public ObservableList<String> agents() {
        return agents;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Counts refused submits (the view then puts the caret on the first problem). */
    public javafx.beans.property.ReadOnlyIntegerProperty refusalsProperty() {
        return refusals;
    }

    public javafx.beans.property.ReadOnlyStringProperty blockedProperty() {
        return blocked;
    }

    /** A lead's team setting: wrap-up must be submitted before the next contact. */
    public void setRequired(boolean value) {
        WrapUpService s = service;
        required.set(value);
        if (s != null) {
            executor.run(() -> {
                s.setWrapUpRequired(value);
                return null;
            }, x -> { }, e -> message.set(e.getMessage()));
        }
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public Clock clock() {
        return clock;
    }
}
