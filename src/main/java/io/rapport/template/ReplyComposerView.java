package io.rapport.template;

import io.rapport.config.Languages;
import io.rapport.template.coach.CoachContext;
import io.rapport.template.coach.CoachReport;
import io.rapport.template.coach.Element;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The reply composer beside the customer's history: the draft with templates and fields on the
 * left, the empathy coach on the right. Keyboard: Ctrl+Space templates, Tab next field,
 * Ctrl+Shift+1…9 insert a suggested phrase, Ctrl+Shift+C copy.
 */
public final class ReplyComposerView {
    private final ReplyComposerViewModel vm;
    private final I18n i18n;
    private final SplitPane root = new SplitPane();
    private final ReplyEditor editor;
    private final TemplateField field;
    private final VBox coachBox = new VBox(10);
    private final Label header = new Label();
    private final Label footer = new Label();
    private final List<CoachReport.Suggestion> numbered = new ArrayList<>();
    private Runnable onClose = () -> { };

    public ReplyComposerView(ReplyComposerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.field = new TemplateField(vm, i18n);
        this.editor = field.editor();
        field.pickerPanel().setId("template-picker");
        root.setId("reply-composer");
        root.getStyleClass().add("reply-composer");
        root.getItems().addAll(buildDraft(), buildCoach());
        root.setDividerPositions(0.6);
        editor.onTextChanged(vm.draftProperty()::set);
        vm.draftProperty().addListener((o, a, b) -> editor.setText(b == null ? "" : b));
        vm.reportProperty().addListener((o, a, r) -> renderCoach(r));
        vm.customerProperty().addListener((o, a, b) -> renderHeader());
        renderHeader();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.isShiftDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (n >= 0 && n < numbered.size()) {
                    editor.insertPhrase(numbered.get(n).text());
                    e.consume();
                }
            } else if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .match(e)) {
                copy();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** What the close button does (the window hides the composer). */
    public void onClose(Runnable r) {
        this.onClose = r;
    }

    public void focusEditor() {
        editor.requestFocus();
    }

    public ReplyEditor editor() {
        return editor;
    }

    private Node buildDraft() {
        header.getStyleClass().add("composer-title");
        header.setGraphic(Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE, 18));
        ChoiceBox<String> lang = new ChoiceBox<>(FXCollections.observableArrayList("pl", "cs", "en", "de"));
        lang.setId("reply-language");
        lang.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : Languages.nativeName(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        lang.valueProperty().bindBidirectional(vm.languageProperty());
        lang.setTooltip(new Tooltip(i18n.t("compose.language")));
        Button templates = new Button();
        templates.setGraphic(Icons.of(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, 16));
        templates.setTooltip(new Tooltip(i18n.t("compose.templates")));
        templates.getStyleClass().addAll("small", "button-icon");
        templates.setFocusTraversable(false);
        templates.setOnAction(e -> {
            editor.requestFocus();
            vm.openPicker("");
        });
        Button clear = new Button();
        clear.setGraphic(Icons.of(MaterialDesignF.FILE_OUTLINE, 16));
        clear.setTooltip(new Tooltip(i18n.t("compose.clear")));
        clear.getStyleClass().addAll("small", "flat", "button-icon");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> vm.clear());
        Button close = new Button();
        close.setId("reply-close");
        close.setGraphic(Icons.of(MaterialDesignC.CLOSE, 16));
        close.setTooltip(new Tooltip(i18n.t("action.close")));
        close.getStyleClass().addAll("small", "flat", "button-icon");
        close.setFocusTraversable(false);
        close.setOnAction(e -> onClose.run());
        header.setMinWidth(120);
        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(6, header, lang, templates, clear, close);
        lang.setMinWidth(Region.USE_PREF_SIZE);
        top.setAlignment(Pos.CENTER_LEFT);

        Node area = editor.node();
        VBox.setVgrow(area, Priority.ALWAYS);
        editor.area().setId("reply-draft");

        footer.getStyleClass().add("composer-footer");
        footer.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.copiedProperty().get()) {
                return i18n.t("compose.copied");
            }
            if (!vm.missingFields().isEmpty()) {
                return i18n.t("compose.missing", String.join(", ", vm.missingFields()));
            }
            return i18n.t("compose.hint");
        }, vm.missingFields(), vm.copiedProperty()));
        footer.setWrapText(true);
        Button copy = new Button(i18n.t("compose.copy"));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setId("reply-copy");
        copy.setGraphic(Icons.of(MaterialDesignC.CONTENT_COPY, 15));
        copy.getStyleClass().add("accent");
        copy.setTooltip(new Tooltip("Ctrl+Shift+C"));
        copy.setOnAction(e -> copy());
        HBox bottom = new HBox(10, footer, copy);
        HBox.setHgrow(footer, Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, field.pickerPanel(), area, bottom);
        box.getStyleClass().add("composer-draft");
        return box;
    }

    private Node buildCoach() {
        coachBox.setId("coach-panel");
        coachBox.getStyleClass().add("coach-panel");
        ScrollPane s = new ScrollPane(coachBox);
        s.setFitToWidth(true);
        s.setFocusTraversable(false);
        s.getStyleClass().add("coach-scroll");
        renderCoach(null);
        return s;
    }

    private void renderHeader() {
        var h = vm.customerProperty().get();
        header.setText(h == null ? i18n.t("compose.noCustomer") : i18n.t("compose.title", h.customer().displayName()));
    }

    private void copy() {
        String text = vm.textToCopy();
        if (text == null) {
            editor.selectField(false);
            editor.requestFocus();
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void renderCoach(CoachReport r) {
        coachBox.getChildren().clear();
        numbered.clear();
        Label title = new Label(i18n.t("coach.title"));
        title.getStyleClass().add("title-4");
        title.setGraphic(Icons.of(MaterialDesignH.HAND_HEART_OUTLINE, 18));
        coachBox.getChildren().add(title);
        for (CoachContext.ContextNote n : vm.context().notes()) {
            coachBox.getChildren().add(contextCard(n));
        }
        if (r == null) {
            Label wait = new Label(i18n.t("coach.waiting"));
            wait.getStyleClass().add("muted");
            wait.setWrapText(true);
            coachBox.getChildren().add(wait);
            editor.showCoach(List.of(), List.of());
            return;
        }
        List<CoachReport.Span> present = new ArrayList<>();
        for (CoachReport.Finding f : r.elements()) {
            coachBox.getChildren().add(elementRow(f));
            if (f.status() == CoachReport.Status.PRESENT && f.span() != null && f.element() != Element.NEXT_STEP) {
                present.add(f.span());
            }
        }
        List<CoachReport.Span> flagged = new ArrayList<>();
        if (!r.warnings().isEmpty()) {
            Label w = new Label(i18n.t("coach.warnings"));
            w.getStyleClass().add("glance-title");
            coachBox.getChildren().add(w);
            for (CoachReport.Flag f : r.warnings()) {
                flagged.add(f.span());
                String key = "coach.warning." + f.id();
                Label l = new Label((i18n.has(key) ? i18n.t(key) : f.id()) + (f.span().text().isBlank() ? ""
                        : " — \u201e" + abbreviate(f.span().text()) + "\u201c"));
                l.setWrapText(true);
                l.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE, 15));
                l.getStyleClass().addAll("coach-row", "coach-warning-row");
                coachBox.getChildren().add(l);
            }
        }
        editor.showCoach(present, flagged);
    }

    private Node contextCard(CoachContext.ContextNote n) {
        String k = "coach.context." + n.kind();
        String detail = n.detail() == null ? "" : n.detail();
        if ("repeat".equals(n.kind()) && detail.contains(":")) {
            String[] p = detail.split(":");
            detail = i18n.t("coach.context.repeatDetail", p[0], Integer.parseInt(p[1]));
        }
        Label what = new Label(i18n.t(k) + (detail.isBlank() ? "" : ": " + detail));
        what.setWrapText(true);
        what.getStyleClass().add("coach-context-title");
        what.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 15));
        Label how = new Label(i18n.t(k + ".approach"));
        how.setWrapText(true);
        how.getStyleClass().add("muted");
        VBox card = new VBox(3, what, how);
        card.getStyleClass().addAll("coach-context", "glance-attention");
        return card;
    }

    private Node elementRow(CoachReport.Finding f) {
        String id = f.element().id();
        Ikon icon;
        String cls;
        switch (f.status()) {
            case PRESENT:
                icon = MaterialDesignC.CHECK_CIRCLE_OUTLINE;
                cls = "coach-present";
                break;
            case NOT_NEEDED:
                icon = MaterialDesignC.CIRCLE_OUTLINE;
                cls = "coach-not-needed";
                break;
            case PARTIAL:
                icon = MaterialDesignA.ALERT_CIRCLE_OUTLINE;
                cls = "coach-partial";
                break;
            default:
                icon = MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
                cls = "coach-missing";
        }
        Label name = new Label(i18n.t("coach.element." + id));
        name.setGraphic(Icons.of(icon, 16));
        name.getStyleClass().add("coach-element");
        VBox row = new VBox(2, name);
        row.getStyleClass().addAll("coach-row", cls);
        row.setId("coach-" + id);
        if (f.status() == CoachReport.Status.MISSING || f.status() == CoachReport.Status.PARTIAL) {
            String key = f.status() == CoachReport.Status.PARTIAL ? "coach.explain." + id + ".partial"
                    : "coach.explain." + id;
            Label why = new Label(i18n.t(key));
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            row.getChildren().add(why);
            for (CoachReport.Suggestion s : f.suggestions()) {
                numbered.add(s);
                int n = numbered.size();
                Button b = new Button((n <= 9 ? "Ctrl+Shift+" + n + "  " : "") + "\u201e" + abbreviate(s.text()) + "\u201c");
                b.getStyleClass().addAll("small", "flat", "coach-suggestion");
                b.setFocusTraversable(false);
                b.setWrapText(true);
                b.setOnAction(e -> editor.insertPhrase(s.text()));
                b.setTooltip(new Tooltip(s.text()));
                row.getChildren().add(b);
            }
        }
        return row;
    }

    private static String abbreviate(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 70 ? t.substring(0, 70) + "…" : t;
    }

    /** Language of the reply, for tests. */
    String language() {
        return vm.languageProperty().get().toLowerCase(Locale.ROOT);
    }
}
