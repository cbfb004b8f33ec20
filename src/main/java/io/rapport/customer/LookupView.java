package io.rapport.customer;

import io.rapport.ui.Badge;
import io.rapport.ui.Formats;
import io.rapport.ui.Highlighter;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import io.rapport.text.PhoneNumbers;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The search box at the top of the window and the list of matches under it. Focus stays in the
 * box: arrows choose a match, Enter opens it, Esc clears.
 */
public final class LookupView {
    private final LookupViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final CustomTextField field = new CustomTextField();
    private final ListView<CustomerHit> list = new ListView<>();
    private final Label stateLabel = new Label();
    private final VBox panel = new VBox();

    public LookupView(LookupViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        buildField();
        buildPanel();
    }

    private void buildField() {
        field.setId("search");
        field.getStyleClass().add("search-field");
        field.setPromptText(i18n.t("search.prompt"));
        field.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Label hint = new Label(i18n.t("search.hint"));
        hint.getStyleClass().add("key-hint");
        HBox right = new HBox(6, busy, hint);
        right.setAlignment(Pos.CENTER_RIGHT);
        field.setRight(right);
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                vm.selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                vm.selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.clear();
                e.consume();
            }
        });
        field.setAccessibleText(i18n.t("search.prompt"));
    }

    private void buildPanel() {
        panel.setId("search-results");
        panel.getStyleClass().add("search-results");
        list.setItems(vm.results());
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new HitCell());
        list.setFixedCellSize(-1);
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.selectedProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnMouseClicked(e -> {
            CustomerHit h = list.getSelectionModel().getSelectedItem();
            if (h != null) {
                vm.open(h);
            }
        });
        stateLabel.getStyleClass().add("search-state");
        stateLabel.textProperty().bind(Bindings.createStringBinding(this::stateText, vm.stateProperty(),
                vm.errorProperty(), vm.queryProperty()));
        stateLabel.managedProperty().bind(stateLabel.visibleProperty());
        stateLabel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stateProperty().get() != LookupViewModel.State.RESULTS, vm.stateProperty()));
        list.managedProperty().bind(list.visibleProperty());
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.results()));
        list.prefHeightProperty().bind(Bindings.min(460, Bindings.size(vm.results()).multiply(64).add(4)));
        panel.getChildren().addAll(stateLabel, list);
        panel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stateProperty().get() != LookupViewModel.State.IDLE, vm.stateProperty()));
        panel.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private String stateText() {
        switch (vm.stateProperty().get()) {
            case SEARCHING:
                return i18n.t("search.searching");
            case NO_MATCH:
                return i18n.t("search.noMatch", vm.queryProperty().get());
            case ERROR:
                return i18n.t("search.error", vm.errorProperty().get());
            case NOT_READY:
                return i18n.t("search.notReady");
            default:
                return "";
        }
    }

    public CustomTextField field() {
        return field;
    }

    /** The results panel; the main window lays it over the content, under the field. */
    public VBox panel() {
        return panel;
    }

    /** One match; its nodes are made once and refilled, so its height is measured with styles applied. */
    private final class HitCell extends ListCell<CustomerHit> {
        private final StackPane avatarBox = new StackPane();
        private final Label name = new Label();
        private final HBox flags = new HBox(4);
        private final Label kind = Badge.of("", "muted");
        private final Label details = new Label();
        private final TextFlow snippet = new TextFlow();
        private final HBox row;

        HitCell() {
            name.getStyleClass().add("hit-name");
            name.setMinWidth(0);
            details.getStyleClass().add("hit-details");
            details.setMinWidth(0);
            snippet.getStyleClass().add("hit-snippet");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, name, flags, spacer, kind);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, top, details, snippet);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, avatarBox, text);
            row.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("hit-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CustomerHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            avatarBox.getChildren().setAll(Avatars.small(h.displayName()));
            name.setText(h.displayName());
            flags.getChildren().clear();
            for (Flag f : h.flags()) {
                flags.getChildren().add(Flags.badge(f, i18n));
            }
            kind.setText(i18n.t("match." + h.kind().name().toLowerCase(Locale.ROOT)));
            StringBuilder sub = new StringBuilder();
            if (h.phone() != null) {
                sub.append(PhoneNumbers.pretty(h.phone()));
            }
            if (h.email() != null) {
                sub.append(sub.length() > 0 ? "  ·  " : "").append(h.email());
            }
            if (h.lastContactAt() != null) {
                sub.append(sub.length() > 0 ? "  ·  " : "").append(i18n.t("search.lastContact",
                        formats.relative(h.lastContactAt())));
            }
            details.setText(sub.toString());
            details.setGraphic(Icons.of(h.phone() != null ? MaterialDesignP.PHONE : MaterialDesignH.HISTORY, 13));
            boolean showSnippet = h.snippet() != null && h.kind() == CustomerHit.MatchKind.TEXT;
            snippet.setVisible(showSnippet);
            snippet.setManaged(showSnippet);
            if (showSnippet) {
                String s = h.snippet().length() > 110 ? h.snippet().substring(0, 110) + "…" : h.snippet();
                Highlighter.fill(snippet, s, LookupQueries.words(vm.queryProperty().get()));
            }
            setGraphic(row);
            setText(null);
            setAccessibleText(h.displayName());
        }
    }
}
