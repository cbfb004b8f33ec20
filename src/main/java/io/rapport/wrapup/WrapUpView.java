package io.rapport.wrapup;

import io.rapport.template.ReplyComposerViewModel;
import io.rapport.template.TemplateField;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import io.rapport.ui.TypeAhead;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The wrap-up form beside the agent's unfinished drafts and follow-ups. Keyboard only: Tab walks
 * the fields in order, Ctrl+Enter submits, Esc keeps the draft and goes back to the customer.
 */
public final class WrapUpView {
    private final WrapUpViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final String lang;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final Map<Problem.Field, Label> errors = new EnumMap<>(Problem.Field.class);
    private final Map<Problem.Field, Node> inputs = new EnumMap<>(Problem.Field.class);
    private final Label redactionLabel = new Label();
    private final TemplateField summaryField;
    /** The form's Tab order; a radio or toggle group is one stop (its chosen button, else its first). */
    private final java.util.List<Node> tabOrder = new java.util.ArrayList<>();
    private boolean updatingSummary;

    public WrapUpView(WrapUpViewModel vm, ReplyComposerViewModel templates, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        this.lang = i18n.language();
        this.summaryField = new TemplateField(templates, i18n);
        root.setId("wrapup-view");
        root.getStyleClass().add("wrapup-view");
        root.setLeft(new WrapUpSidebar(vm, i18n, formats).node());
        VBox form = buildForm();
        Label empty = new Label(i18n.t("wrapup.empty"));
        empty.setId("wrapup-empty");
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        empty.setGraphic(Icons.of(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, 36));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.setMaxWidth(460);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("wrapup-scroll");
        center.getChildren().addAll(empty, scroll);
        scroll.visibleProperty().bind(vm.draftProperty().isNotNull());
        empty.visibleProperty().bind(vm.draftProperty().isNull());
        root.setCenter(center);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.submit();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()
                    && root.getScene() != null && root.getScene().getFocusOwner() != summaryField.editor().area()) {
                if (moveFocus(e.isShiftDown() ? -1 : 1)) {
                    e.consume();
                }
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.draftProperty().get() != null) {
                vm.keepDraft();
                e.consume();
            }
        });
        vm.draftProperty().addListener((o, a, d) -> {
            if (d != null && (a == null || !a.id().equals(d.id()))) {
                Platform.runLater(this::focusFirst);
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Puts the caret in the first field that needs attention. */
    public void focusFirst() {
        Problem.Field first = vm.problems().keySet().stream().findFirst().orElse(
                vm.reasonProperty().get() == null ? Problem.Field.REASON : Problem.Field.SUMMARY);
        Node n = inputs.get(first);
        if (n != null) {
            n.requestFocus();
        }
    }

    /** Moves the focus along the form's Tab order; false if the focus is not in the form. */
    private boolean moveFocus(int step) {
        Node focus = root.getScene().getFocusOwner();
        int at = -1;
        for (int i = 0; i < tabOrder.size() && at < 0; i++) {
            for (Node n = focus; n != null; n = n.getParent()) {
                if (n == tabOrder.get(i)) {
                    at = i;
                    break;
                }
            }
        }
        if (at < 0) {
            return false;
        }
        for (int k = 1; k <= tabOrder.size(); k++) {
            Node next = tabOrder.get(Math.floorMod(at + step * k, tabOrder.size()));
            if (!next.isDisabled() && next.isVisible()) {
                focusStop(next);
                return true;
            }
        }
        return false;
    }

    private static void focusStop(Node stop) {
        if (stop instanceof javafx.scene.layout.Pane group && group.getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Toggle)) {
            Node pick = group.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Toggle t
                    && t.isSelected()).findFirst().orElse(group.getChildren().get(0));
            pick.requestFocus();
        } else {
            stop.requestFocus();
        }
    }

    private VBox buildForm() {
        Node head = new WrapUpHeader(vm, i18n, formats).node();

        GridPane grid = new GridPane();
        grid.getStyleClass().add("wrapup-grid");
        grid.setHgap(14);
        grid.setVgap(4);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(150);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        int row = 0;
        row = addRow(grid, row, "wrapup.field.disposition", Problem.Field.REASON, disposition());
        javafx.scene.layout.FlowPane statusBox = WrapUpChoices.status(vm, i18n);
        inputs.put(Problem.Field.STATUS, statusBox.getChildren().get(0));
        row = addRow(grid, row, "wrapup.field.status", Problem.Field.STATUS, statusBox);
        row = addRow(grid, row, "wrapup.field.summary", Problem.Field.SUMMARY, summary());
        row = addRow(grid, row, "wrapup.field.nextSteps", Problem.Field.NEXT_STEPS, nextSteps());
        row = addRow(grid, row, "wrapup.field.followUp", Problem.Field.FOLLOW_UP_DATE, followUp());
        HBox sentimentBox = WrapUpChoices.sentiment(vm, i18n);
        inputs.put(Problem.Field.SENTIMENT, sentimentBox.getChildren().get(0));
        row = addRow(grid, row, "wrapup.field.sentiment", Problem.Field.SENTIMENT, sentimentBox);
        addRow(grid, row, "wrapup.field.tags", Problem.Field.TAGS, tags());
        // detail and owner errors appear beside their partner field's row
        errors.put(Problem.Field.DETAIL, errors.get(Problem.Field.REASON));
        errors.put(Problem.Field.FOLLOW_UP_OWNER, errors.get(Problem.Field.FOLLOW_UP_DATE));
        vm.problems().addListener((MapChangeListener<Problem.Field, Problem>) ch -> renderProblems());
        vm.refusalsProperty().addListener((o, a, b) -> focusFirst());

        Button submit = new Button(i18n.t("wrapup.submit"));
        submit.setId("wrapup-submit");
        submit.getStyleClass().add("accent");
        submit.setGraphic(Icons.of(MaterialDesignC.CHECK, 16));
        submit.setTooltip(new Tooltip("Ctrl+Enter"));
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit());
        Button keep = new Button(i18n.t("wrapup.keep"));
        keep.setId("wrapup-keep");
        keep.setTooltip(new Tooltip("Esc"));
        keep.setOnAction(e -> vm.keepDraft());
        Button discard = new Button(i18n.t("wrapup.discard"));
        discard.setId("wrapup-discard");
        discard.getStyleClass().addAll("flat", "danger");
        discard.setOnAction(e -> confirmDiscard());
        Label hint = new Label(i18n.t("wrapup.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(10, submit, keep, discard, hint);
        tabOrder.addAll(List.of(inputs.get(Problem.Field.REASON), inputs.get(Problem.Field.DETAIL), statusBox,
                inputs.get(Problem.Field.SUMMARY), inputs.get(Problem.Field.NEXT_STEPS),
                inputs.get(Problem.Field.FOLLOW_UP_DATE), inputs.get(Problem.Field.FOLLOW_UP_OWNER), sentimentBox,
                inputs.get(Problem.Field.TAGS), submit, keep, discard));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("wrapup-message");
        message.getStyleClass().add("error-text");
        message.textProperty().bind(Bindings.createStringBinding(() -> vm.blockedProperty().get() != null
                ? i18n.t("wrapup.finishFirst", vm.blockedProperty().get()) : vm.messageProperty().get(),
                vm.blockedProperty(), vm.messageProperty()));
        message.setWrapText(true);
        VBox box = new VBox(14, head, grid, buttons, message);
        box.getStyleClass().add("wrapup-form");
        vm.redactions().addListener((ListChangeListener<Redactions.FieldFinding>) ch -> renderRedactions());
        return box;
    }

    private int addRow(GridPane grid, int row, String labelKey, Problem.Field field, Node input) {
        Label l = new Label(i18n.t(labelKey));
        l.getStyleClass().add("wrapup-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        Label err = new Label();
        err.setId("wrapup-error-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        err.getStyleClass().add("field-error");
        err.setWrapText(true);
        err.setManaged(false);
        err.setVisible(false);
        errors.put(field, err);
        grid.add(l, 0, row);
        grid.add(new VBox(3, input, err), 1, row);
        return row + 1;
    }

    private Node disposition() {
        ComboBox<Disposition> reason = new ComboBox<>(vm.reasons());
        reason.setId("wrapup-reason");
        reason.setPromptText(i18n.t("wrapup.reasonPrompt"));
        ComboBox<Disposition> detail = new ComboBox<>(vm.details());
        detail.setId("wrapup-detail");
        detail.setPromptText(i18n.t("wrapup.detailPrompt"));
        for (ComboBox<Disposition> c : List.of(reason, detail)) {
            c.setConverter(new StringConverter<>() {
                @Override
                public String toString(Disposition d) {
                    return d == null ? "" : d.label(lang);
                }

                @Override
                public Disposition fromString(String s) {
                    return null;
                }
            });
            c.setPrefWidth(280);
            TypeAhead.install(c, d -> d.label(lang));
        }
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        detail.valueProperty().bindBidirectional(vm.detailProperty());
        detail.disableProperty().bind(Bindings.isEmpty(vm.details()));
        inputs.put(Problem.Field.REASON, reason);
        inputs.put(Problem.Field.DETAIL, detail);
        HBox box = new HBox(8, reason, new Label("›"), detail);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node summary() {
        var editor = summaryField.editor();
        editor.area().setId("wrapup-summary");
        editor.area().getStyleClass().add("wrapup-text");
        editor.area().setPrefHeight(150);
        editor.node().getStyleClass().add("wrapup-summary-scroll");
        ((Region) editor.node()).setPrefHeight(150);
        ((Region) editor.node()).setMinHeight(110);
        editor.onTextChanged(t -> {
            if (!updatingSummary) {
                vm.summaryProperty().set(t);
            }
        });
        vm.summaryProperty().addListener((o, a, b) -> {
            updatingSummary = true;
            try {
                editor.setText(b == null ? "" : b);
            } finally {
                updatingSummary = false;
            }
        });
        editor.onTabOut(back -> moveFocus(back ? -1 : 1));
        inputs.put(Problem.Field.SUMMARY, editor.area());
        redactionLabel.setId("wrapup-redaction");
        redactionLabel.getStyleClass().add("redaction-warning");
        redactionLabel.setGraphic(Icons.of(MaterialDesignS.SHIELD_ALERT_OUTLINE, 15));
        redactionLabel.setWrapText(true);
        redactionLabel.setManaged(false);
        redactionLabel.setVisible(false);
        Label counter = new Label();
        counter.getStyleClass().add("muted");
        counter.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("wrapup.characters",
                vm.summaryProperty().get().length(), WrapUpValidator.SUMMARY_MAX), vm.summaryProperty()));
        Label tip = new Label(i18n.t("wrapup.summaryHint"));
        tip.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new VBox(4, summaryField.pickerPanel(), editor.node(), redactionLabel, new HBox(tip, grow, counter));
    }

    private Node nextSteps() {
        TextArea next = new TextArea();
        next.setId("wrapup-next-steps");
        next.setWrapText(true);
        next.setPrefRowCount(3);
        next.setPromptText(i18n.t("wrapup.nextStepsPrompt"));
        next.textProperty().bindBidirectional(vm.nextStepsProperty());
        inputs.put(Problem.Field.NEXT_STEPS, next);
        return next;
    }

    private Node followUp() {
        TextField date = new TextField();
        date.setId("wrapup-follow-up-date");
        date.setPromptText(i18n.t("wrapup.datePrompt"));
        date.setPrefColumnCount(14);
        date.textProperty().bindBidirectional(vm.followUpDateProperty());
        Label parsed = new Label();
        parsed.setId("wrapup-follow-up-parsed");
        parsed.getStyleClass().add("muted");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", i18n.locale());
        parsed.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.followUpParsedProperty().get();
            if (d == null) {
                return vm.followUpDateProperty().get().isBlank() ? "" : i18n.t("wrapup.dateUnreadable");
            }
            return "→ " + f.format(d);
        }, vm.followUpParsedProperty(), vm.followUpDateProperty()));
        parsed.setMinWidth(220);
        ComboBox<String> owner = new ComboBox<>(vm.agents());
        owner.setId("wrapup-follow-up-owner");
        owner.setEditable(true);
        owner.setPromptText(i18n.t("wrapup.ownerPrompt"));
        owner.getEditor().textProperty().bindBidirectional(vm.followUpOwnerProperty());
        owner.setPrefWidth(200);
        inputs.put(Problem.Field.FOLLOW_UP_DATE, date);
        inputs.put(Problem.Field.FOLLOW_UP_OWNER, owner);
        Label ownerLabel = new Label(i18n.t("wrapup.field.owner"));
        ownerLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, date, parsed, ownerLabel, owner);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node tags() {
        TextField tags = new TextField();
        tags.setId("wrapup-tags");
        tags.setPromptText(i18n.t("wrapup.tagsPrompt"));
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        inputs.put(Problem.Field.TAGS, tags);
        return tags;
    }

    private void renderProblems() {
        for (var e : errors.entrySet()) {
            e.getValue().setVisible(false);
            e.getValue().setManaged(false);
        }
        for (Node n : inputs.values()) {
            n.getStyleClass().remove("field-invalid");
        }
        for (Problem p : vm.problems().values()) {
            Label l = errors.get(p.field());
            l.setText(i18n.t(p.key(), p.args().toArray()));
            l.setVisible(true);
            l.setManaged(true);
            Node in = inputs.get(p.field());
            if (in != null) {
                in.getStyleClass().add("field-invalid");
            }
        }
    }

    private void renderRedactions() {
        if (vm.redactions().isEmpty()) {
            redactionLabel.setVisible(false);
            redactionLabel.setManaged(false);
            return;
        }
        StringBuilder b = new StringBuilder();
        for (Redactions.FieldFinding f : vm.redactions()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(i18n.t("wrapup.redact." + f.finding().kind().id())).append(" → ").append(f.finding().replacement());
        }
        redactionLabel.setText(i18n.t("wrapup.redactionWarning", b.toString()));
        redactionLabel.setVisible(true);
        redactionLabel.setManaged(true);
    }

    private void confirmDiscard() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("wrapup.discardConfirm"), ButtonType.CANCEL,
                ButtonType.OK);
        a.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.discard());
    }
}
