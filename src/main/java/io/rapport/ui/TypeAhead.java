package io.rapport.ui;

import io.rapport.text.Folding;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Type-to-choose for a closed combo box, as in native select boxes but matching anywhere in the
 * label and without diacritics: typing "opozn" picks "Opóźniona dostawa". Letters typed within a
 * second of each other build one search; Backspace shortens it; Alt+Down or F4 opens the list.
 */
public final class TypeAhead {
    private static final long RESET_MS = 1000;

    private TypeAhead() {
    }

    public static <T> void install(ComboBox<T> box, Function<T, String> label) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || e.isShortcutDown() || Character.isISOControl(ch.charAt(0))) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - last[0] > RESET_MS) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(ch);
            choose(box, label, typed.toString());
            e.consume();
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                last[0] = System.currentTimeMillis();
                if (typed.length() > 0) {
                    choose(box, label, typed.toString());
                }
                e.consume();
            }
        });
    }

    private static <T> void choose(ComboBox<T> box, Function<T, String> label, String typed) {
        String q = Folding.fold(typed).strip();
        if (q.isEmpty()) {
            return;
        }
        T contains = null;
        for (T item : box.getItems()) {
            String l = Folding.fold(label.apply(item));
            if (l.startsWith(q)) {
                box.setValue(item);
                return;
            }
            if (contains == null && l.contains(q)) {
                contains = item;
            }
        }
        if (contains != null) {
            box.setValue(contains);
        }
    }
}
