package io.rapport.phrasebook;

import io.rapport.config.Languages;
import io.rapport.customer.Gender;
import io.rapport.ui.Badge;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Two columns, the agent's language and the customer's, searchable in either as you type.
 * Keyboard: type to search, ↓ into the list, Enter opens the "say this" card; on the card
 * Ctrl+Enter puts the phrase into the reply, Ctrl+C copies, Ctrl+D marks a favourite, Ctrl+E
 * edits, Esc closes.
 */
public final class PhrasebookView {
    private final PhrasebookViewModel vm;
    private final I18n i18n;
    private final StackPane root = new StackPane();
    private final TextField search = new TextField();
    private final ListView<PhrasebookViewModel.Row> list = new ListView<>();
    private final VBox card = new VBox(12);

    public PhrasebookView(PhrasebookViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("view-phrasebook");
        BorderPane main = new BorderPane();
        main.getStyleClass().add("phrasebook");
        main.setTop(toolbar());
        main.setCenter(list());
        buildCard();
        root.getChildren().addAll(main, card);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.sayThisProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.requestFocus();
            } else {
                card.requestFocus();
            }
        });
    }

    public Node node() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private void keys(KeyEvent e) {
        boolean onCard = vm.sayThisProperty().get() != null;
        if (e.getCode() == KeyCode.ESCAPE && onCard) {
            vm.closeSayThis();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
            vm.insertIntoReply();
            vm.closeSayThis();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e) && !search.isFocused()) {
            copy();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e)) {
            vm.toggleFavourite();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN).match(e)) {
            edit();
            e.consume();
        }
    }

    private void copy() {
        String t = vm.textToCopy();
        if (t != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(t);
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private Node toolbar() {
        search.setId("phrasebook-search");
        search.setPromptText(i18n.t("phrasebook.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.openSayThis();
                e.consume();
            }
        });
        List<String> cats = new ArrayList<>();
        cats.add("");
        PhrasebookPack.CATEGORIES.stream().sorted().forEach(cats::add);
        ChoiceBox<String> category = new ChoiceBox<>(FXCollections.observableArrayList(cats));
        category.setConverter(converter(c -> c == null || c.isEmpty() ? i18n.t("phrasebook.allCategories")
                : i18n.t("phrasebook.category." + c)));
        category.setValue("");
        category.valueProperty().addListener((o, a, b) -> vm.categoryProperty().set(b == null || b.isEmpty() ? null : b));
        ChoiceBox<String> mine = language(vm.agentLanguageProperty());
        mine.setTooltip(new Tooltip(i18n.t("phrasebook.myLanguage")));
        ChoiceBox<String> theirs = language(vm.customerLanguageProperty());
        theirs.setId("phrasebook-customer-language");
        theirs.setTooltip(new Tooltip(i18n.t("phrasebook.customerLanguage")));
        ToggleGroup reg = new ToggleGroup();
        ToggleButton formal = toggle(i18n.t("phrasebook.formal"), reg);
        ToggleButton informal = toggle(i18n.t("phrasebook.informal"), reg);
        formal.setSelected(vm.registerProperty().get() == Register.FORMAL);
        informal.setSelected(vm.registerProperty().get() == Register.INFORMAL);
        reg.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.registerProperty().set(b == informal ? Register.INFORMAL : Register.FORMAL);
            }
        });
        ToggleGroup gen = new ToggleGroup();
        ToggleButton woman = toggle(i18n.t("phrasebook.woman"), gen);
        ToggleButton man = toggle(i18n.t("phrasebook.man"), gen);
        woman.setSelected(vm.genderProperty().get() == Gender.FEMALE);
        man.setSelected(vm.genderProperty().get() == Gender.MALE);
        gen.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.genderProperty().set(b == man ? Gender.MALE : Gender.FEMALE);
            }
        });
        vm.genderProperty().addListener((o, a, g) -> (g == Gender.MALE ? man : woman).setSelected(true));
        Button imp = iconButton(MaterialDesignD.DATABASE_IMPORT_OUTLINE, i18n.t("phrasebook.import"));
        imp.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("TMX, CSV", "*.tmx", "*.csv"));
            File f = fc.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.importFile(f.toPath());
            }
        });
        Button exp = iconButton(MaterialDesignE.EXPORT, i18n.t("phrasebook.export"));
        exp.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("phrasebook.tmx");
            File f = fc.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                vm.exportFile(f.toPath());
            }
        });
        Label arrow = new Label();
        arrow.setGraphic(Icons.of(MaterialDesignA.ARROW_RIGHT, 16));
        HBox row1 = new HBox(8, Icons.of(MaterialDesignM.MAGNIFY, 18), search, category, imp, exp);
        row1.setAlignment(Pos.CENTER_LEFT);
        HBox row2 = new HBox(8, Icons.of(MaterialDesignT.TRANSLATE, 16), mine, arrow, theirs, gap(), formal, informal,
                gap(), woman, man);
        row2.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox bar = new VBox(8, row1, row2, message);
        bar.getStyleClass().add("phrasebook-bar");
        return bar;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private ToggleButton toggle(String text, ToggleGroup g) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(g);
        b.getStyleClass().add("chip");
        return b;
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon, 16));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private ChoiceBox<String> language(javafx.beans.property.StringProperty p) {
        ChoiceBox<String> c = new ChoiceBox<>(FXCollections.observableArrayList(PhrasebookPack.LANGUAGES));
        c.setConverter(converter(Languages::nativeName));
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private StringConverter<String> converter(java.util.function.Function<String, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return f.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    private Node list() {
        list.setId("phrasebook-list");
        list.setItems(vm.rows());
        list.getStyleClass().add("phrasebook-list");
        list.setCellFactory(l -> new RowCell());
        list.setPlaceholder(new Label(i18n.t("phrasebook.nothing")));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && list.getSelectionModel().getSelectedIndex() != b.intValue()) {
                list.getSelectionModel().select(b.intValue());
                list.scrollTo(Math.max(0, b.intValue() - 3));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.selectedProperty().set(b.intValue()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.openSayThis();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSayThis();
            }
        });
        return list;
    }

    private final class RowCell extends ListCell<PhrasebookViewModel.Row> {
        @Override
        protected void updateItem(PhrasebookViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(r.entry().concept().titleIn(i18n.language()));
            title.getStyleClass().add("pb-title");
            HBox head = new HBox(6, title, Badge.of(i18n.t("phrasebook.category." + r.entry().concept().category()),
                    "muted"));
            if (r.favourite()) {
                head.getChildren().add(0, Icons.of(MaterialDesignS.STAR, 14));
            }
            if (r.needsReview()) {
                head.getChildren().add(Badge.of(i18n.t("templates.needsReview"), "warning"));
            }
            head.setAlignment(Pos.CENTER_LEFT);
            Label mine = new Label(r.mine() == null ? "—" : r.mine().text());
            mine.setWrapText(true);
            mine.getStyleClass().add("pb-mine");
            Label theirs = new Label(r.theirs() == null ? i18n.t("phrasebook.missing") : r.theirs().text());
            theirs.setWrapText(true);
            theirs.getStyleClass().add("pb-theirs");
            String hint = r.theirs() == null ? null : r.theirs().pronunciationFor(i18n.language());
            Label pron = new Label(hint == null ? "" : hint);
            pron.getStyleClass().add("pb-pron");
            pron.setWrapText(true);
            pron.setManaged(hint != null);
            pron.setVisible(hint != null);
            VBox left = new VBox(2, mine);
            VBox right = new VBox(2, theirs, pron);
            left.setPrefWidth(0);
            right.setPrefWidth(0);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            HBox cols = new HBox(24, left, right);
            VBox box = new VBox(4, head, cols);
            setGraphic(box);
            setText(null);
            setPrefWidth(0);
        }
    }

    private void buildCard() {
        card.setId("say-this");
        card.getStyleClass().add("say-this");
        card.setMaxSize(860, Region.USE_PREF_SIZE);
        card.setFocusTraversable(true);
        StackPane.setAlignment(card, Pos.CENTER);
        card.visibleProperty().bind(vm.sayThisProperty().isNotNull());
        vm.sayThisProperty().addListener((o, a, r) -> fillCard(r));
    }

    private void fillCard(PhrasebookViewModel.Row r) {
        card.getChildren().clear();
        if (r == null) {
            return;
        }
        Label title = new Label(r.entry().concept().titleIn(i18n.language()));
        title.getStyleClass().add("glance-title");
        Label big = new Label(r.theirs() == null ? i18n.t("phrasebook.missing") : r.theirs().text());
        big.setId("say-this-text");
        big.setWrapText(true);
        big.getStyleClass().add("say-this-text");
        String hint = r.theirs() == null ? null : r.theirs().pronunciationFor(i18n.language());
        Label pron = new Label(hint == null ? "" : hint);
        pron.setId("say-this-pronunciation");
        pron.setWrapText(true);
        pron.getStyleClass().add("say-this-pron");
        pron.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_VOICE, 20));
        Label meaning = new Label(r.mine() == null ? "" : r.mine().text());
        meaning.setWrapText(true);
        meaning.getStyleClass().add("muted");
        String noteText = r.entry().concept().note().getOrDefault(i18n.language(), r.entry().concept().note().get("en"));
        Label note = new Label(noteText == null ? "" : noteText);
        note.setWrapText(true);
        note.getStyleClass().add("say-this-note");
        note.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 15));
        Button insert = new Button(i18n.t("phrasebook.insert"));
        insert.setId("say-this-insert");
        insert.getStyleClass().add("accent");
        insert.setGraphic(Icons.of(MaterialDesignP.PENCIL_PLUS_OUTLINE, 15));
        insert.setOnAction(e -> {
            vm.insertIntoReply();
            vm.closeSayThis();
        });
        Button copy = new Button(i18n.t("phrasebook.copy"));
        copy.setGraphic(Icons.of(MaterialDesignC.CONTENT_COPY, 15));
        copy.setOnAction(e -> copy());
        Button fav = new Button(i18n.t(r.favourite() ? "phrasebook.unfavourite" : "phrasebook.favourite"));
        fav.setGraphic(Icons.of(r.favourite() ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE, 15));
        fav.setOnAction(e -> vm.toggleFavourite());
        Button edit = new Button(i18n.t("phrasebook.edit"));
        edit.setGraphic(Icons.of(MaterialDesignP.PENCIL_OUTLINE, 15));
        edit.setOnAction(e -> edit());
        Button close = new Button(i18n.t("action.close"));
        close.setOnAction(e -> vm.closeSayThis());
        HBox buttons = new HBox(8, insert, copy, fav, edit, new Region(), close);
        HBox.setHgrow(buttons.getChildren().get(4), Priority.ALWAYS);
        Label keys = new Label(i18n.t("phrasebook.cardKeys"));
        keys.getStyleClass().add("muted");
        card.getChildren().addAll(title, big, pron, meaning, note, buttons, keys);
        if (noteText == null) {
            card.getChildren().remove(note);
        }
    }

    private void edit() {
        PhrasebookViewModel.Row r = vm.sayThisProperty().get();
        if (r == null) {
            int i = vm.selectedProperty().get();
            r = i >= 0 && i < vm.rows().size() ? vm.rows().get(i) : null;
        }
        if (r != null) {
            new ConceptEditor(root.getScene().getWindow(), vm, i18n, r.entry()).show();
        }
    }

    /** Binding helper for tests: whether the card shows. */
    boolean cardShown() {
        return Bindings.isNotNull(vm.sayThisProperty()).get();
    }
}
