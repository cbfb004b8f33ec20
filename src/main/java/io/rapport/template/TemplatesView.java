package io.rapport.template;

import io.rapport.config.Languages;
import io.rapport.ui.Badge;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The template library: search on the left; on the right the template in all four languages
 * side by side, each checked as typed (the error's position is shown), previewed for a sample
 * customer, marked when another language changed, with its version history. Ctrl+N new,
 * Ctrl+S save.
 */
public final class TemplatesView {
    private final TemplatesViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BorderPane root = new BorderPane();

    public TemplatesView(TemplatesViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        root.setId("view-templates");
        root.getStyleClass().add("templates-view");
        root.setLeft(library());
        ScrollPane editor = new ScrollPane(editor());
        editor.setFitToWidth(true);
        root.setCenter(editor);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.newTemplate();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    private Node library() {
        TextField search = new TextField();
        search.setId("templates-search");
        search.setPromptText(i18n.t("templates.search"));
        search.textProperty().bindBidirectional(vm.filterProperty());
        ListView<Template> list = new ListView<>(vm.shown());
        list.setId("templates-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(t.titleIn(i18n.language()));
                title.getStyleClass().add("hit-name");
                title.setMinWidth(0);
                HBox tags = new HBox(4, Badge.of(i18n.t("templates.category." + t.category()), "muted"));
                if (t.shortcut() != null) {
                    tags.getChildren().add(Badge.of("::" + t.shortcut(), "accent"));
                }
                if (t.variants().values().stream().anyMatch(TemplateVariant::needsReview)) {
                    tags.getChildren().add(Badge.of(i18n.t("templates.needsReview"), "warning"));
                }
                vm.usageOf(t).ifPresent(u -> tags.getChildren().add(Badge.of(i18n.t("templates.uses", u.uses()),
                        "muted")));
                VBox box = new VBox(3, title, tags);
                setGraphic(box);
                setText(null);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, search, list);
        box.getStyleClass().add("templates-library");
        box.setPrefWidth(330);
        return box;
    }

    private Node editor() {
        Button add = tool(i18n.t("templates.new"), MaterialDesignF.FILE_PLUS_OUTLINE, "Ctrl+N");
        add.setOnAction(e -> vm.newTemplate());
        Button save = tool(i18n.t("templates.save"), MaterialDesignC.CONTENT_SAVE_OUTLINE, "Ctrl+S");
        save.setId("templates-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save());
        Button delete = tool(i18n.t("templates.delete"), MaterialDesignD.DELETE_OUTLINE, null);
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> vm.delete());
        Button export = tool(i18n.t("templates.export"), MaterialDesignE.EXPORT, null);
        export.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("templates.json");
            File f = fc.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                vm.exportTo(f.toPath());
            }
        });
        Button imp = tool(i18n.t("templates.import"), MaterialDesignD.DATABASE_IMPORT_OUTLINE, null);
        imp.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            File f = fc.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.importFrom(f.toPath(), n -> { });
            }
        });
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, save, delete, spacer, export, imp);
        bar.setAlignment(Pos.CENTER_LEFT);

        TextField shortcut = new TextField();
        shortcut.setPromptText("late");
        shortcut.setPrefColumnCount(10);
        shortcut.textProperty().bindBidirectional(vm.shortcutProperty());
        ChoiceBox<String> category = new ChoiceBox<>(FXCollections.observableArrayList(TemplatesViewModel.CATEGORIES));
        category.setConverter(converter("templates.category."));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        TextField tags = new TextField();
        tags.setPromptText(i18n.t("templates.tagsHint"));
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        HBox.setHgrow(tags, Priority.ALWAYS);
        ChoiceBox<String> gender = new ChoiceBox<>(FXCollections.observableArrayList("female", "male", "other"));
        gender.setConverter(converter("templates.gender."));
        gender.valueProperty().bindBidirectional(vm.sampleGenderProperty());
        Spinner<Integer> days = new Spinner<>(0, 400, 5);
        days.setEditable(true);
        days.setPrefWidth(90);
        days.getValueFactory().valueProperty().bindBidirectional(vm.sampleDaysProperty());
        HBox fields = new HBox(8, new Label(i18n.t("templates.shortcut")), shortcut,
                new Label(i18n.t("templates.category")), category, new Label(i18n.t("templates.tags")), tags);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox sample = new HBox(8, Icons.of(MaterialDesignA.ACCOUNT_OUTLINE, 16), new Label(i18n.t("templates.sample")),
                gender, new Label(i18n.t("templates.days")), days);
        sample.setAlignment(Pos.CENTER_LEFT);
        sample.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        int i = 0;
        for (String lang : TemplatesViewModel.LANGUAGES) {
            Node card = languageCard(lang);
            GridPane.setHgrow(card, Priority.ALWAYS);
            grid.add(card, i % 2, i / 2);
            i++;
        }
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);

        VBox box = new VBox(12, bar, message, fields, sample, grid, versionsBox());
        box.getStyleClass().add("templates-editor");
        return box;
    }

    private Node languageCard(String lang) {
        TemplatesViewModel.VariantEdit v = vm.variant(lang);
        Label name = new Label(Languages.nativeName(lang));
        name.getStyleClass().add("glance-title");
        Label review = Badge.of(i18n.t("templates.needsReview"), "warning");
        review.visibleProperty().bind(v.needsReview);
        review.managedProperty().bind(v.needsReview);
        review.setTooltip(new Tooltip());
        review.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> i18n.t("templates.reviewBecause",
                v.reviewReason.get() == null ? "" : v.reviewReason.get()), v.reviewReason));
        Button confirm = new Button(i18n.t("templates.confirm"));
        confirm.getStyleClass().addAll("small", "flat");
        confirm.visibleProperty().bind(v.needsReview);
        confirm.managedProperty().bind(v.needsReview);
        confirm.setOnAction(e -> vm.confirm(lang));
        HBox head = new HBox(8, name, review, confirm);
        head.setAlignment(Pos.CENTER_LEFT);
        TextField title = new TextField();
        title.setId("template-title-" + lang);
        title.setPromptText(i18n.t("templates.title"));
        title.textProperty().bindBidirectional(v.title);
        TextArea body = new TextArea();
        body.setId("template-body-" + lang);
        body.setWrapText(true);
        body.setPrefRowCount(8);
        body.textProperty().bindBidirectional(v.body);
        body.getStyleClass().add("template-body");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> v.error.get() == null ? ""
                : i18n.t("templates.syntaxError", v.error.get().position(), v.error.get().message()), v.error));
        error.visibleProperty().bind(v.error.isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        v.error.addListener((o, a, err) -> {
            if (err != null && body.isFocused() && err.position() <= body.getLength()) {
                body.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            } else {
                body.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false);
            }
        });
        Label preview = new Label();
        preview.setWrapText(true);
        preview.getStyleClass().add("template-preview");
        preview.textProperty().bind(v.preview);
        preview.visibleProperty().bind(v.preview.isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());
        VBox card = new VBox(6, head, title, body, error, preview);
        card.getStyleClass().add("card");
        return card;
    }

    private Node versionsBox() {
        Label title = new Label(i18n.t("templates.versions"));
        title.getStyleClass().add("glance-title");
        title.setGraphic(Icons.of(MaterialDesignP.PROGRESS_CLOCK, 14));
        ChoiceBox<String> lang = new ChoiceBox<>(FXCollections.observableArrayList(TemplatesViewModel.LANGUAGES));
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
        lang.valueProperty().bindBidirectional(vm.versionsLanguageProperty());
        ListView<TemplateVersion> list = new ListView<>(vm.versions());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(i18n.t("templates.noVersions")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : i18n.t("templates.version", v.version(),
                        v.author() == null ? "?" : v.author(), formats.dateTime(v.createdAt())) + " — " + v.title());
            }
        });
        HBox head = new HBox(8, title, lang);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, list);
        box.getStyleClass().add("card");
        return box;
    }

    private Button tool(String text, org.kordamp.ikonli.Ikon icon, String shortcut) {
        Button b = new Button(text);
        b.setGraphic(Icons.of(icon, 15));
        if (shortcut != null) {
            b.setTooltip(new Tooltip(shortcut));
        }
        return b;
    }

    private StringConverter<String> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : i18n.has(prefix + s) ? i18n.t(prefix + s) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** For tests: the view-model. */
    TemplatesViewModel viewModel() {
        return vm;
    }

    static Node icon() {
        return Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE, 16);
    }
}
