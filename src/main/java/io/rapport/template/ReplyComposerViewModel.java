package io.rapport.template;

import io.rapport.customer.CustomerHistory;
import io.rapport.template.coach.Coach;
import io.rapport.template.coach.CoachContext;
import io.rapport.template.coach.CoachContexts;
import io.rapport.template.coach.CoachReport;
import io.rapport.ui.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A reply being written to the customer in front of the agent: templates called up with "::"
 * or Ctrl+Space and filled with what the store knows, fields for what it does not, the empathy
 * coach checking the draft as it is typed (off the UI thread, newest draft wins), and copying
 * for the mail or chat tool, refused while a field is unfilled.
 */
public final class ReplyComposerViewModel {
    private final TaskExecutor executor;
    private final Clock clock;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<CustomerHistory> customer = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObjectProperty<CoachReport> report = new SimpleObjectProperty<>();
    private final ObservableList<String> missingFields = FXCollections.observableArrayList();
    private final StringProperty pickerQuery = new SimpleStringProperty();
    private final ObservableList<TemplatePicker.Match> matches = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty copied = new SimpleBooleanProperty();
    private final List<Inserted> inserted = new ArrayList<>();
    private TemplateService templates;
    private Coach coach;
    private TemplatePicker picker = new TemplatePicker(List.of());
    private String agentLanguage = "en";
    private String agentName;
    private String companyName;
    private CoachContext context = CoachContext.NONE;
    private long generation;

    private record Inserted(String templateId, String language, String text) {
    }

    private volatile io.rapport.template.coach.PhraseSource phrases;

    public ReplyComposerViewModel(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        draft.addListener((o, a, b) -> {
            missingFields.setAll(TemplateRenderer.fields(b == null ? "" : b));
            copied.set(false);
            recheck();
        });
        customer.addListener((o, a, h) -> {
            if (h != null && h.customer().language() != null
                    && TemplatesViewModel.LANGUAGES.contains(h.customer().language())) {
                language.set(h.customer().language());
            } else {
                language.set(agentLanguage);
            }
            context = CoachContexts.of(h, language.get(), clock);
            recheck();
        });
        language.addListener((o, a, b) -> {
            refreshPreview();
            recheck();
        });
        pickerQuery.addListener((o, a, q) -> filter());
        selected.addListener((o, a, b) -> refreshPreview());
    }

    /** Supplies what the composer needs once the store and rule packs are ready. */
    /** Where {@code {phrase:…}} blocks in templates take their text from (the phrasebook). */
    public void phrases(io.rapport.template.coach.PhraseSource p) {
        this.phrases = p;
    }

    public void ready(TemplateService service, Coach c, String agentUiLanguage, String agent, String company) {
        this.templates = service;
        this.coach = c;
        this.agentLanguage = agentUiLanguage;
        this.agentName = agent;
        this.companyName = company;
        reloadTemplates();
        recheck();
    }

    public void reloadTemplates() {
        if (templates == null) {
            return;
        }
        TemplateService s = templates;
        executor.run(s::all, list -> {
            picker = new TemplatePicker(list);
            filter();
        }, e -> message.set(e.getMessage()));
    }

    private void recheck() {
        if (coach == null) {
            return;
        }
        long gen = ++generation;
        String text = draft.get();
        String lang = language.get();
        CoachContext ctx = context;
        Coach c = coach;
        executor.run(() -> c.check(text, lang, ctx), r -> {
            if (gen == generation) {
                report.set(r);
            }
        }, e -> message.set(e.getMessage()));
    }

    // ---- picker ----

    /** Opens the picker (Ctrl+Space, or "::" typed); {@code query} may be empty. */
    public void openPicker(String query) {
        pickerQuery.set(query == null ? "" : query);
        filter();
    }

    public void closePicker() {
        pickerQuery.set(null);
        matches.clear();
        selected.set(-1);
    }

    public boolean isPickerOpen() {
        return pickerQuery.get() != null;
    }

    private void filter() {
        if (pickerQuery.get() == null) {
            return;
        }
        matches.setAll(picker.filter(pickerQuery.get(), 30));
        selected.set(matches.isEmpty() ? -1 : 0);
        refreshPreview();
    }

    public void selectNext() {
        if (!matches.isEmpty()) {
            selected.set(Math.min(matches.size() - 1, selected.get() + 1));
        }
    }

    public void selectPrevious() {
        if (!matches.isEmpty()) {
            selected.set(Math.max(0, selected.get() - 1));
        }
    }

    private void refreshPreview() {
        int i = selected.get();
        preview.set(i < 0 || i >= matches.size() ? "" : render(matches.get(i).template()).text());
    }

    /** The selected template filled for this customer in the reply's language (Enter in the picker). */
    public TemplateRenderer.Result takeSelected() {
        int i = selected.get();
        if (i < 0 || i >= matches.size()) {
            return null;
        }
        Template t = matches.get(i).template();
        TemplateRenderer.Result r = render(t);
        TemplateVariant v = t.variant(language.get(), agentLanguage);
        inserted.add(new Inserted(t.id(), v.language(), r.text()));
        closePicker();
        return r;
    }

    /** Renders a template in the customer's language, falling back to the agent's. */
    public TemplateRenderer.Result render(Template t) {
        TemplateVariant v = t.variant(language.get(), agentLanguage);
        if (v == null) {
            return new TemplateRenderer.Result("", List.of());
        }
        Map<String, Object> values = TemplateValues.of(customer.get(), v.language(), agentName, companyName);
        try {
            return TemplateRenderer.render(PhraseBlocks.expand(v.body(), v.language(), phrases), v.language(), values);
        } catch (IllegalArgumentException e) {
            return new TemplateRenderer.Result(v.body(), List.of());
        }
    }

    // ---- copy ----

    /**
     * The text to copy, or null when a field is still unfilled (then {@code message} names them).
     * Records how much the agent changed the inserted templates.
     */
    public String textToCopy() {
        String text = draft.get() == null ? "" : draft.get().strip();
        List<String> missing = TemplateRenderer.fields(text);
        if (!missing.isEmpty()) {
            message.set(String.join(", ", missing));
            copied.set(false);
            return null;
        }
        if (text.isEmpty()) {
            return null;
        }
        recordUsage(text);
        message.set(null);
        copied.set(true);
        return text;
    }

    private void recordUsage(String finalText) {
        if (templates == null || inserted.isEmpty()) {
            return;
        }
        List<Inserted> used = new ArrayList<>(inserted);
        inserted.clear();
        String customerId = customer.get() == null ? null : customer.get().customer().id();
        TemplateService s = templates;
        executor.run(() -> {
            for (Inserted u : used) {
                int distance = Edits.distance(u.text(), finalText, 3000);
                s.recordUsage(u.templateId(), u.language(), customerId, u.text().length(), finalText.length(),
                        Math.max(0, distance - Math.max(0, finalText.length() - u.text().length())));
            }
            return used.size();
        }, n -> { }, e -> message.set(e.getMessage()));
    }

    /** Starts a new reply. */
    public void clear() {
        inserted.clear();
        draft.set("");
        message.set(null);
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObjectProperty<CustomerHistory> customerProperty() {
        return customer;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<CoachReport> reportProperty() {
        return report;
    }

    public ObservableList<String> missingFields() {
        return missingFields;
    }

    public StringProperty pickerQueryProperty() {
        return pickerQuery;
    }

    public ObservableList<TemplatePicker.Match> matches() {
        return matches;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty copiedProperty() {
        return copied;
    }

    public CoachContext context() {
        return context;
    }
}
