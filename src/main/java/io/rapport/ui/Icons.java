package io.rapport.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons with the app's sizes. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 18);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        i.getStyleClass().add("icon");
        return i;
    }
}
