package io.rapport.wrapup;

import io.rapport.ui.I18n;
import java.io.File;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export of the notes of a date range as CSV: two dates, then where to save. */
final class ExportNotesDialog {
    private ExportNotesDialog() {
    }

    static void show(Window owner, WrapUpViewModel vm, I18n i18n) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.t("wrapup.export"));
        LocalDate today = vm.today();
        DatePicker from = new DatePicker(today.withDayOfMonth(1));
        DatePicker to = new DatePicker(today);
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.addRow(0, new Label(i18n.t("wrapup.exportFrom")), from);
        g.addRow(1, new Label(i18n.t("wrapup.exportTo")), to);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty() || from.getValue() == null
                || to.getValue() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("notes-" + from.getValue() + "-" + to.getValue() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            vm.exportNotes(from.getValue(), to.getValue(), file.toPath(), i18n.language(),
                    n -> vm.messageProperty().set(i18n.t("wrapup.exported", n, file.getName())));
        }
    }
}
