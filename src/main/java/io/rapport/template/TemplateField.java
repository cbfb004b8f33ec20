package io.rapport.template;

import io.rapport.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A text field in which templates work: "::" plus letters or Ctrl+Space opens the picker with a
 * preview filled for the customer in front, Enter inserts, Tab walks the unfilled fields. Used by
 * the reply composer and by the wrap-up summary; the picker state lives in the view-model.
 */
public final class TemplateField {
    private final ReplyComposerViewModel vm;
    private final I18n i18n;
    private final ReplyEditor editor;
    private final VBox pickerPanel = new VBox(6);
    private final ListView<TemplatePicker.Match> pickerList = new ListView<>();

    public TemplateField(ReplyComposerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.editor = new ReplyEditor(new ReplyEditor.Listener() {
            @Override
            public void pickerQuery(String query) {
                vm.openPicker(query);
            }

            @Override
            public void pickerClosed() {
                vm.closePicker();
            }

            @Override
            public boolean pickerKey(KeyCode code) {
                if (!vm.isPickerOpen()) {
                    return false;
                }
                switch (code) {
                    case UP:
                        vm.selectPrevious();
                        return true;
                    case DOWN:
                        vm.selectNext();
                        return true;
                    default:
                        insertSelected();
                        return true;
                }
            }
        });
        buildPicker();
    }

    public ReplyEditor editor() {
        return editor;
    }

    /** The picker, shown above the text while it is open. */
    public Node pickerPanel() {
        return pickerPanel;
    }

    private void insertSelected() {
        TemplateRenderer.Result r = vm.takeSelected();
        if (r != null) {
            editor.insertTemplate(r.text());
        }
    }

    private void buildPicker() {
        pickerPanel.getStyleClass().add("template-picker");
        Label title = new Label();
        title.getStyleClass().add("glance-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("compose.pickerTitle",
                vm.pickerQueryProperty().get() == null ? "" : vm.pickerQueryProperty().get()),
                vm.pickerQueryProperty()));
        pickerList.setItems(vm.matches());
        pickerList.setFocusTraversable(false);
        pickerList.setPrefHeight(170);
        pickerList.setPlaceholder(new Label(i18n.t("compose.pickerEmpty")));
        pickerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TemplatePicker.Match m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setText(null);
                    return;
                }
                Template t = m.template();
                setText(t.titleIn(vm.languageProperty().get()) + (t.shortcut() == null ? "" : "   ::" + t.shortcut()));
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                pickerList.getSelectionModel().select(b.intValue());
                pickerList.scrollTo(Math.max(0, b.intValue() - 2));
            }
        });
        pickerList.setOnMouseClicked(e -> {
            vm.selectedProperty().set(pickerList.getSelectionModel().getSelectedIndex());
            insertSelected();
        });
        Label preview = new Label();
        preview.setWrapText(true);
        preview.getStyleClass().add("template-preview");
        preview.textProperty().bind(vm.previewProperty());
        preview.setMaxWidth(Double.MAX_VALUE);
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.setPrefHeight(170);
        previewScroll.setFocusTraversable(false);
        HBox.setHgrow(previewScroll, Priority.ALWAYS);
        pickerList.setPrefWidth(300);
        Label hint = new Label(i18n.t("compose.pickerHint"));
        hint.getStyleClass().add("muted");
        pickerPanel.getChildren().addAll(title, new HBox(8, pickerList, previewScroll), hint);
        pickerPanel.visibleProperty().bind(vm.pickerQueryProperty().isNotNull());
        pickerPanel.managedProperty().bind(pickerPanel.visibleProperty());
    }
}
