package io.rapport.app;

import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A view whose feature has not landed yet: says so, and what it will do. */
final class ComingView {
    private ComingView() {
    }

    static Node of(AppView view, I18n i18n) {
        String k = view.name().toLowerCase(Locale.ROOT);
        Label icon = new Label();
        icon.setGraphic(Icons.of(view.icon(), 48));
        icon.getStyleClass().add("coming-icon");
        Label title = new Label(i18n.t(view.labelKey()));
        title.getStyleClass().add("title-1");
        Label badge = new Label(i18n.t("coming.badge"));
        badge.getStyleClass().addAll("badge", "badge-accent");
        Label text = new Label(i18n.t("coming." + k));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("coming-text");
        VBox box = new VBox(14, icon, title, badge, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("coming");
        box.setId("view-" + k);
        return box;
    }
}
