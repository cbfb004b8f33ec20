package io.rapport.app;

import io.rapport.ui.I18n;
import io.rapport.ui.KeyBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: every shortcut, so nobody has to reach for the mouse. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Window owner, I18n i18n) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("shortcuts.title"));
        d.setHeaderText(i18n.t("shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (KeyBinding k : KeyBinding.values()) {
            Label key = new Label(k.combination().getDisplayText());
            key.getStyleClass().add("kbd");
            grid.addRow(row++, key, new Label(i18n.t(k.labelKey())));
        }
        String[][] local = {{"↑ ↓ Enter", "shortcuts.searchResults"}, {"Esc", "shortcuts.clearSearch"},
            {"Enter / Space", "shortcuts.expand"}, {"Ctrl+Tab", "shortcuts.nextTab"}};
        for (String[] l : local) {
            Label key = new Label(l[0]);
            key.getStyleClass().add("kbd");
            grid.addRow(row++, key, new Label(i18n.t(l[1])));
        }
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.showAndWait();
    }
}
