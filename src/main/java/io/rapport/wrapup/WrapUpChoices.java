package io.rapport.wrapup;

import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The form's two choice rows, each one Tab stop: the resolution (arrows move and choose) and the
 * customer's mood (arrows, or the keys 1 to 5).
 */
final class WrapUpChoices {
    private static final Ikon[] SENTIMENT_ICONS = {MaterialDesignE.EMOTICON_ANGRY_OUTLINE,
        MaterialDesignE.EMOTICON_SAD_OUTLINE, MaterialDesignE.EMOTICON_NEUTRAL_OUTLINE,
        MaterialDesignE.EMOTICON_HAPPY_OUTLINE, MaterialDesignE.EMOTICON_EXCITED_OUTLINE};

    private WrapUpChoices() {
    }

    static javafx.scene.layout.FlowPane status(WrapUpViewModel vm, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        // wraps rather than cutting "Rozwiązano przy pierwszym kontakcie" short
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(16, 6);
        box.setAlignment(Pos.CENTER_LEFT);
        for (WrapUpStatus s : WrapUpStatus.values()) {
            RadioButton b = new RadioButton(i18n.t("wrapup.status." + s.code()));
            b.setId("wrapup-status-" + s.code());
            b.setUserData(s);
            b.setToggleGroup(group);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.statusProperty().set((WrapUpStatus) t.getUserData());
            }
        });
        // arrows move and choose, as in any radio group; the first arrow from nothing picks a neighbour
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN ? 1
                    : e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP ? -1 : 0;
            if (step == 0 || e.isShortcutDown()) {
                return;
            }
            var buttons = box.getChildren();
            int at = buttons.indexOf(box.getScene() == null ? null : box.getScene().getFocusOwner());
            int next = Math.floorMod((at < 0 ? 0 : at) + step, buttons.size());
            RadioButton b = (RadioButton) buttons.get(next);
            b.setSelected(true);
            b.requestFocus();
            e.consume();
        });
        Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.statusProperty().get()));
        vm.statusProperty().addListener((o, a, b) -> sync.run());
        // with nothing chosen yet, Tab lands on the first choice and arrows move; Space picks
        sync.run();
        return box;
    }

    static HBox sentiment(WrapUpViewModel vm, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 1; i <= 5; i++) {
            ToggleButton b = new ToggleButton();
            b.setId("wrapup-sentiment-" + i);
            b.setGraphic(Icons.of(SENTIMENT_ICONS[i - 1], 20));
            b.setTooltip(new Tooltip(i18n.t("wrapup.sentiment." + i)));
            b.setUserData(i);
            b.setToggleGroup(group);
            b.getStyleClass().add("sentiment-" + i);
            box.getChildren().add(b);
        }
        Label name = new Label();
        name.getStyleClass().add("muted");
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.sentimentProperty().get() == 0
                ? i18n.t("wrapup.sentiment.none") : i18n.t("wrapup.sentiment." + vm.sentimentProperty().get()),
                vm.sentimentProperty()));
        box.getChildren().add(name);
        HBox.setMargin(name, new javafx.geometry.Insets(0, 0, 0, 8));
        group.selectedToggleProperty().addListener((o, a, t) -> vm.sentimentProperty().set(t == null ? 0
                : (Integer) t.getUserData()));
        Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(
                t.getUserData().equals(vm.sentimentProperty().get())));
        vm.sentimentProperty().addListener((o, a, b) -> sync.run());
        // digits 1-5 choose while a sentiment button has the focus
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isDigitKey() && !e.isShortcutDown()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
                if (n >= 1 && n <= 5) {
                    vm.sentimentProperty().set(n);
                    e.consume();
                }
            }
        });
        return box;
    }
}
