package io.rapport.customer;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Initials in a circle, coloured by name so the same customer always looks the same. */
final class Avatars {
    private static final int COLOURS = 6;

    private Avatars() {
    }

    static StackPane small(String name) {
        return make(name, "avatar-small");
    }

    static StackPane large(String name) {
        return make(name, "avatar-large");
    }

    private static StackPane make(String name, String size) {
        Label l = new Label(initials(name));
        StackPane p = new StackPane(l);
        p.getStyleClass().addAll("avatar", size, "avatar-" + Math.floorMod(name == null ? 0 : name.hashCode(), COLOURS));
        return p;
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] parts = name.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        b.appendCodePoint(parts[0].codePointAt(0));
        if (parts.length > 1) {
            b.appendCodePoint(parts[parts.length - 1].codePointAt(0));
        }
        return b.toString().toUpperCase();
    }
}
