package io.rapport.wrapup;

import io.rapport.customer.FollowUp;
import io.rapport.ui.Badge;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Beside the form: the agent's unfinished wrap-ups (Enter reopens one) and "My follow-ups",
 * soonest due first, overdue ones marked (Enter opens the customer, Ctrl+D marks one done).
 */
final class WrapUpSidebar {
    private final VBox root = new VBox(8);

    WrapUpSidebar(WrapUpViewModel vm, I18n i18n, Formats formats) {
        root.setId("wrapup-sidebar");
        root.getStyleClass().add("wrapup-sidebar");
        root.setPrefWidth(320);
        root.setMinWidth(260);

        ListView<Draft> drafts = new ListView<>(vm.drafts());
        drafts.setId("wrapup-drafts");
        drafts.setPrefHeight(170);
        drafts.setPlaceholder(new Label(i18n.t("wrapup.noDrafts")));
        drafts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Draft d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(d.customerName().isEmpty() ? "—" : d.customerName());
                name.getStyleClass().add("strong");
                Label when = new Label(i18n.t("channel." + d.contact().channel().code()) + " · "
                        + formats.relative(d.updatedAt()));
                when.getStyleClass().add("muted");
                setGraphic(new VBox(1, name, when));
                setText(null);
            }
        });
        drafts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && drafts.getSelectionModel().getSelectedItem() != null) {
                vm.select(drafts.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        drafts.setOnMouseClicked(e -> vm.select(drafts.getSelectionModel().getSelectedItem()));

        ListView<FollowUp> follow = new ListView<>(vm.followUps());
        follow.setId("wrapup-follow-ups");
        follow.setPlaceholder(new Label(i18n.t("wrapup.noFollowUps")));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        follow.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUp f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                LocalDate today = vm.today();
                Label due = f.isOverdue(today) ? Badge.of(i18n.t("wrapup.overdue", day.format(f.due())), "danger",
                        MaterialDesignA.ALERT_CIRCLE_OUTLINE)
                        : f.isDueToday(today) ? Badge.of(i18n.t("wrapup.dueToday"), "warning")
                        : Badge.of(day.format(f.due()), "muted");
                Label name = new Label(f.customerName() == null ? "—" : f.customerName());
                name.getStyleClass().add("strong");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox top = new HBox(6, name, grow, due);
                top.setAlignment(Pos.CENTER_LEFT);
                Label what = new Label(f.what());
                what.getStyleClass().add("muted");
                what.setWrapText(true);
                what.setMaxWidth(270);
                what.setMaxHeight(40);
                setGraphic(new VBox(2, top, what));
                setText(null);
            }
        });
        follow.setOnKeyPressed(e -> {
            FollowUp f = follow.getSelectionModel().getSelectedItem();
            if (f == null) {
                return;
            }
            if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.completeFollowUp(f);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.openCustomer(f.customerId());
                e.consume();
            }
        });
        VBox.setVgrow(follow, Priority.ALWAYS);

        Label draftsTitle = new Label(i18n.t("wrapup.drafts"));
        draftsTitle.getStyleClass().add("glance-title");
        draftsTitle.setGraphic(Icons.of(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE, 15));
        Label followTitle = new Label(i18n.t("wrapup.myFollowUps"));
        followTitle.getStyleClass().add("glance-title");
        followTitle.setGraphic(Icons.of(MaterialDesignA.ALARM, 15));
        Label followHint = new Label(i18n.t("wrapup.followUpsHint"));
        followHint.getStyleClass().add("muted");
        followHint.setWrapText(true);
        javafx.scene.control.Button export = new javafx.scene.control.Button(i18n.t("wrapup.export"));
        export.setId("wrapup-export");
        export.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_DELIMITED_OUTLINE, 15));
        export.setMaxWidth(Double.MAX_VALUE);
        export.setOnAction(e -> ExportNotesDialog.show(root.getScene().getWindow(), vm, i18n));
        root.getChildren().addAll(draftsTitle, drafts, followTitle, follow, followHint, export);
    }

    Node node() {
        return root;
    }
}
