package io.rapport.template;

import io.rapport.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The template library: find, edit (all languages side by side, syntax checked as typed,
 * other languages marked for review when one changes), confirm, version history, usage, and
 * packs in and out.
 */
public final class TemplatesViewModel {
    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "de");
    public static final List<String> CATEGORIES = List.of("apology", "delay", "refund", "return", "billing",
            "cancellation", "outage", "escalation", "follow-up", "closing", "greeting", "complaint", "delivery",
            "technical", "account", "thanks");

    /** One language's text being edited. */
    public static final class VariantEdit {
        public final StringProperty title = new SimpleStringProperty("");
        public final StringProperty body = new SimpleStringProperty("");
        public final ObjectProperty<TemplateSyntax.Error> error = new SimpleObjectProperty<>();
        public final BooleanProperty needsReview = new SimpleBooleanProperty();
        public final StringProperty reviewReason = new SimpleStringProperty();
        public final StringProperty preview = new SimpleStringProperty("");
    }

    private final TaskExecutor executor;
    private final ObservableList<Template> all = FXCollections.observableArrayList();
    private final ObservableList<Template> shown = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Template> selected = new SimpleObjectProperty<>();
    private final StringProperty shortcut = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("apology");
    private final StringProperty tags = new SimpleStringProperty("");
    private final Map<String, VariantEdit> variants = new LinkedHashMap<>();
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty sampleGender = new SimpleStringProperty("female");
    private final ObjectProperty<Integer> sampleDays = new SimpleObjectProperty<>(5);
    private final ObservableList<TemplateVersion> versions = FXCollections.observableArrayList();
    private final StringProperty versionsLanguage = new SimpleStringProperty("en");
    private final Map<String, TemplateUsage> usage = new HashMap<>();
    private TemplateService service;
    private boolean loading;

    private volatile io.rapport.template.coach.PhraseSource phrases;

    /** Where {@code {phrase:…}} blocks take their text from in the preview (the phrasebook). */
    public void phrases(io.rapport.template.coach.PhraseSource p) {
        this.phrases = p;
    }

    public TemplatesViewModel(TaskExecutor executor) {
        this.executor = executor;
        for (String l : LANGUAGES) {
            VariantEdit v = new VariantEdit();
            v.body.addListener((o, a, b) -> {
                v.error.set(b == null || b.isBlank() ? null : TemplateSyntax.check(b).orElse(null));
                refreshPreview(l);
                markDirty();
            });
            v.title.addListener((o, a, b) -> markDirty());
            variants.put(l, v);
        }
        shortcut.addListener((o, a, b) -> markDirty());
        category.addListener((o, a, b) -> markDirty());
        tags.addListener((o, a, b) -> markDirty());
        filter.addListener((o, a, b) -> applyFilter());
        sampleGender.addListener((o, a, b) -> LANGUAGES.forEach(this::refreshPreview));
        sampleDays.addListener((o, a, b) -> LANGUAGES.forEach(this::refreshPreview));
        selected.addListener((o, a, t) -> load(t));
        versionsLanguage.addListener((o, a, b) -> loadVersions());
    }

    public void ready(TemplateService s) {
        this.service = s;
        reload();
    }

    public void reload() {
        if (service == null) {
            return;
        }
        TemplateService s = service;
        executor.run(() -> new Object[] {s.all(), s.usage()}, r -> {
            @SuppressWarnings("unchecked")
            List<Template> list = (List<Template>) r[0];
            @SuppressWarnings("unchecked")
            List<TemplateUsage> u = (List<TemplateUsage>) r[1];
            usage.clear();
            u.forEach(x -> usage.put(x.templateId(), x));
            String keep = selected.get() == null ? null : selected.get().id();
            all.setAll(list);
            applyFilter();
            if (keep != null) {
                list.stream().filter(t -> t.id().equals(keep)).findFirst().ifPresent(selected::set);
            } else if (!shown.isEmpty() && selected.get() == null) {
                selected.set(shown.get(0));
            }
        }, e -> message.set(e.getMessage()));
    }

    private void applyFilter() {
        TemplatePicker p = new TemplatePicker(all);
        List<Template> out = new ArrayList<>();
        if (filter.get() == null || filter.get().isBlank()) {
            out.addAll(all);
        } else {
            p.filter(filter.get(), 1000).forEach(m -> out.add(m.template()));
        }
        shown.setAll(out);
    }

    private void load(Template t) {
        loading = true;
        try {
            shortcut.set(t == null || t.shortcut() == null ? "" : t.shortcut());
            category.set(t == null ? "apology" : t.category());
            tags.set(t == null ? "" : String.join(", ", t.tags()));
            for (String l : LANGUAGES) {
                VariantEdit v = variants.get(l);
                TemplateVariant tv = t == null ? null : t.variants().get(l);
                v.title.set(tv == null ? "" : tv.title());
                v.body.set(tv == null ? "" : tv.body());
                v.needsReview.set(tv != null && tv.needsReview());
                v.reviewReason.set(tv == null ? null : tv.reviewReason());
            }
        } finally {
            loading = false;
        }
        dirty.set(false);
        message.set(null);
        loadVersions();
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    private void refreshPreview(String lang) {
        VariantEdit v = variants.get(lang);
        String body = v.body.get();
        if (body == null || body.isBlank() || v.error.get() != null) {
            v.preview.set("");
            return;
        }
        Map<String, Object> sample = new HashMap<>();
        boolean f = "female".equals(sampleGender.get());
        boolean m = "male".equals(sampleGender.get());
        sample.put("gender", sampleGender.get());
        switch (lang) {
            case "pl":
                sample.put("customerName", f ? "Zdzisława Wróblewska" : m ? "Tomasz Wróblewski" : "Alex Wróbel");
                sample.put("formalAddress", f ? "Pani Zdzisławo" : m ? "Panie Tomaszu" : "Alex Wróbel");
                break;
            case "cs":
                sample.put("customerName", f ? "Jana Nováková" : m ? "Jiří Novák" : "Alex Novák");
                sample.put("formalAddress", f ? "paní Nováková" : m ? "pane Nováku" : "Alex Novák");
                break;
            case "de":
                sample.put("customerName", f ? "Sabine Müller" : m ? "Jürgen Weiß" : "Alex Müller");
                sample.put("formalAddress", f ? "Frau Müller" : m ? "Herr Weiß" : "Alex Müller");
                break;
            default:
                sample.put("customerName", f ? "Emma Clark" : m ? "James Clark" : "Alex Clark");
                sample.put("formalAddress", f ? "Ms Clark" : m ? "Mr Clark" : "Alex Clark");
        }
        sample.put("days", sampleDays.get());
        sample.put("agentName", "Anna");
        sample.put("companyName", "Nordvik");
        sample.put("orderNumber", "NV-0012345");
        try {
            v.preview.set(TemplateRenderer.render(PhraseBlocks.expand(body, lang, phrases), lang, sample).text());
        } catch (IllegalArgumentException e) {
            v.preview.set("");
        }
    }

    private void loadVersions() {
        Template t = selected.get();
        if (t == null || service == null) {
            versions.clear();
            return;
        }
        TemplateService s = service;
        String lang = versionsLanguage.get();
        executor.run(() -> s.versions(t.id(), lang), versions::setAll, e -> message.set(e.getMessage()));
    }

    /** Starts a new, empty template. */
    public void newTemplate() {
        selected.set(null);
        load(null);
        dirty.set(true);
    }

    /** Saves (Ctrl+S); problems are reported in {@code message}, and the variant with the error keeps it. */
    public void save() {
        if (service == null) {
            return;
        }
        Map<String, TemplateEdit.Text> texts = new LinkedHashMap<>();
        variants.forEach((l, v) -> texts.put(l, new TemplateEdit.Text(v.title.get(), v.body.get())));
        List<String> tagList = new ArrayList<>();
        for (String t : tags.get().split(",")) {
            if (!t.isBlank()) {
                tagList.add(t.strip().toLowerCase(Locale.ROOT));
            }
        }
        Template current = selected.get();
        String slug = current != null && current.slug() != null ? current.slug() : slugOf(texts);
        TemplateEdit edit = new TemplateEdit(current == null ? null : current.id(), slug,
                shortcut.get() == null ? null : shortcut.get().strip(), category.get(), tagList, texts);
        TemplateService s = service;
        executor.run(() -> s.save(edit), id -> {
            dirty.set(false);
            message.set(null);
            selected.set(null);
            reloadSelecting(id);
        }, e -> message.set(e.getMessage()));
    }

    private void reloadSelecting(String id) {
        TemplateService s = service;
        executor.run(s::all, list -> {
            all.setAll(list);
            applyFilter();
            list.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(selected::set);
        }, e -> message.set(e.getMessage()));
    }

    private static String slugOf(Map<String, TemplateEdit.Text> texts) {
        String title = texts.values().stream().map(TemplateEdit.Text::title).filter(x -> x != null && !x.isBlank())
                .findFirst().orElse("template");
        String s = io.rapport.text.Folding.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (s.isEmpty() ? "template" : s) + "-" + Long.toString(System.currentTimeMillis() % 100000, 36);
    }

    /** Confirms a language variant after another changed. */
    public void confirm(String lang) {
        Template t = selected.get();
        if (t == null || service == null) {
            return;
        }
        TemplateService s = service;
        executor.run(() -> {
            s.confirm(t.id(), lang);
            return t.id();
        }, this::reloadSelecting, e -> message.set(e.getMessage()));
    }

    public void delete() {
        Template t = selected.get();
        if (t == null || service == null) {
            return;
        }
        TemplateService s = service;
        executor.run(() -> {
            s.delete(t.id());
            return t.id();
        }, id -> {
            selected.set(null);
            reload();
        }, e -> message.set(e.getMessage()));
    }

    public void exportTo(java.nio.file.Path file) {
        TemplateService s = service;
        executor.run(() -> {
            java.nio.file.Files.writeString(file, s.exportPack());
            return file;
        }, f -> message.set(null), e -> message.set(e.getMessage()));
    }

    public void importFrom(java.nio.file.Path file, java.util.function.Consumer<Integer> done) {
        TemplateService s = service;
        executor.run(() -> s.importPack(java.nio.file.Files.readString(file)), n -> {
            reload();
            done.accept(n);
        }, e -> message.set(e.getMessage()));
    }

    public Optional<TemplateUsage> usageOf(Template t) {
        return Optional.ofNullable(usage.get(t.id()));
    }

    public ObservableList<Template> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Template> selectedProperty() {
        return selected;
    }

    public StringProperty shortcutProperty() {
        return shortcut;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public VariantEdit variant(String lang) {
        return variants.get(lang);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty sampleGenderProperty() {
        return sampleGender;
    }

    public ObjectProperty<Integer> sampleDaysProperty() {
        return sampleDays;
    }

    public ObservableList<TemplateVersion> versions() {
        return versions;
    }

    public StringProperty versionsLanguageProperty() {
        return versionsLanguage;
    }
}
