package io.rapport.ui;

import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;

/** A small rounded label: flags, outcomes, channels. Style variants: accent, success, warning, danger, muted. */
public final class Badge {
    private Badge() {
    }

    public static Label of(String text, String variant) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", "badge-" + variant);
        return l;
    }

    public static Label of(String text, String variant, Ikon icon) {
        Label l = of(text, variant);
        l.setGraphic(Icons.of(icon, 13));
        return l;
    }
}
