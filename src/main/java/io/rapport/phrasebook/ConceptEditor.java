package io.rapport.phrasebook;

import io.rapport.customer.Gender;
import io.rapport.ui.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Editing a concept (trainers and team leads): titles in the UI languages, category, and its
 * phrases with language, register, gender and the pronunciation hint for readers of this UI
 * language. Saving checks it (no empty phrase, no duplicate concept); a phrase changed in one
 * language marks the others for review.
 */
final class ConceptEditor {
    private final Stage stage = new Stage();
    private final PhrasebookViewModel vm;
    private final ConceptEntry original;
    private final I18n i18n;
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final ChoiceBox<String> category = new ChoiceBox<>();
    private final TextField tags = new TextField();
    private final GridPane grid = new GridPane();
    private final List<Object[]> rows = new ArrayList<>();
    private final Label message = new Label();

    ConceptEditor(Window owner, PhrasebookViewModel vm, I18n i18n, ConceptEntry entry) {
        this.vm = vm;
        this.original = entry;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("phrasebook.editTitle", entry.concept().titleIn(i18n.language())));
        GridPane head = new GridPane();
        head.setHgap(8);
        head.setVgap(6);
        int r = 0;
        for (String l : List.of("en", "pl", "cs", "de")) {
            TextField t = new TextField(entry.concept().title().getOrDefault(l, ""));
            titles.put(l, t);
            GridPane.setHgrow(t, Priority.ALWAYS);
            head.addRow(r++, new Label(i18n.t("phrasebook.titleIn", l.toUpperCase())), t);
        }
        category.setItems(FXCollections.observableArrayList(new java.util.TreeSet<>(PhrasebookPack.CATEGORIES)));
        category.setValue(entry.concept().category());
        tags.setText(String.join(", ", entry.concept().tags()));
        head.addRow(r++, new Label(i18n.t("templates.category")), category);
        head.addRow(r, new Label(i18n.t("templates.tags")), tags);
        grid.setHgap(6);
        grid.setVgap(6);
        for (Phrase p : entry.phrases()) {
            addRow(p);
        }
        Button add = new Button(i18n.t("phrasebook.addPhrase"));
        add.setOnAction(e -> addRow(null));
        Button save = new Button(i18n.t("templates.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(i18n.t("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        ScrollPane sp = new ScrollPane(grid);
        sp.setFitToWidth(true);
        sp.setPrefHeight(360);
        VBox box = new VBox(10, head, sp, add, message, new HBox(8, save, cancel));
        box.setPadding(new Insets(14));
        box.setPrefWidth(900);
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private void addRow(Phrase p) {
        ChoiceBox<String> lang = new ChoiceBox<>(FXCollections.observableArrayList(PhrasebookPack.LANGUAGES));
        lang.setValue(p == null ? "en" : p.language());
        ChoiceBox<String> reg = new ChoiceBox<>(FXCollections.observableArrayList("formal", "informal"));
        reg.setValue(p == null ? "formal" : p.register().code());
        ChoiceBox<String> gen = new ChoiceBox<>(FXCollections.observableArrayList("", "female", "male"));
        gen.setValue(p == null || p.gender() == null ? "" : p.gender().code());
        TextField text = new TextField(p == null ? "" : p.text());
        text.setPrefColumnCount(36);
        TextField pron = new TextField(p == null ? "" : p.pronunciation().getOrDefault(i18n.language(), ""));
        pron.setPromptText(i18n.t("phrasebook.pronunciationHint"));
        Button remove = new Button("✕");
        Object[] row = {p, lang, reg, gen, text, pron};
        remove.setOnAction(e -> {
            rows.remove(row);
            grid.getChildren().removeAll(lang, reg, gen, text, pron, remove);
        });
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(rows.size(), lang, reg, gen, text, pron, remove);
        rows.add(row);
    }

    @SuppressWarnings("unchecked")
    private void save() {
        Map<String, String> t = new LinkedHashMap<>();
        titles.forEach((l, f) -> {
            if (!f.getText().isBlank()) {
                t.put(l, f.getText().strip());
            }
        });
        List<String> tagList = new ArrayList<>();
        for (String s : tags.getText().split(",")) {
            if (!s.isBlank()) {
                tagList.add(s.strip());
            }
        }
        Concept c = new Concept(original.concept().id(), category.getValue(), tagList, t, original.concept().note(),
                original.concept().slots());
        List<Phrase> phrases = new ArrayList<>();
        for (Object[] row : rows) {
            Phrase old = (Phrase) row[0];
            String lang = ((ChoiceBox<String>) row[1]).getValue();
            Register reg = Register.parse(((ChoiceBox<String>) row[2]).getValue()).orElse(Register.FORMAL);
            Gender gen = Gender.parse(((ChoiceBox<String>) row[3]).getValue()).orElse(null);
            String text = ((TextField) row[4]).getText();
            Map<String, String> pron = new LinkedHashMap<>(old == null ? Map.of() : old.pronunciation());
            String hint = ((TextField) row[5]).getText();
            if (hint.isBlank()) {
                pron.remove(i18n.language());
            } else {
                pron.put(i18n.language(), hint.strip());
            }
            phrases.add(new Phrase(old == null ? null : old.id(), c.id(), lang, text, reg, gen, pron,
                    old == null ? Map.of() : old.note()));
        }
        vm.save(new ConceptEntry(c, phrases), stage::close);
    }
}
