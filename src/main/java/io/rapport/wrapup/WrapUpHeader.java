package io.rapport.wrapup;

import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Above the form: whose contact, how long it was, the after-call-work clock and whether all is saved. */
final class WrapUpHeader {
    private final WrapUpViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final HBox root;
    private final Label title = new Label();
    private final Label contactLine = new Label();
    private final Label acw = new Label();
    private final Label saveLabel = new Label();

    WrapUpHeader(WrapUpViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        title.getStyleClass().add("wrapup-title");
        contactLine.getStyleClass().add("muted");
        acw.setId("wrapup-acw");
        acw.getStyleClass().add("wrapup-acw");
        acw.setGraphic(Icons.of(MaterialDesignC.CLOCK_OUTLINE, 15));
        acw.setTooltip(new Tooltip(i18n.t("wrapup.acwHint")));
        saveLabel.setId("wrapup-save-state");
        saveLabel.getStyleClass().add("wrapup-save");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        root = new HBox(12, new VBox(2, title, contactLine), grow, acw, saveLabel);
        root.setAlignment(Pos.CENTER_LEFT);
        vm.draftProperty().addListener((o, a, d) -> renderHeader());
        vm.saveStateProperty().addListener((o, a, b) -> renderSave());
        vm.savedAtProperty().addListener((o, a, b) -> renderSave());
        vm.saveErrorProperty().addListener((o, a, b) -> renderSave());
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> renderAcw()));
        tick.setCycleCount(Timeline.INDEFINITE);
        // the clock runs only while the view is in a window (views are rebuilt on a language change)
        root.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
        renderHeader();
        renderSave();
    }

    Node node() {
        return root;
    }

    private void renderSave() {
        saveLabel.getStyleClass().removeAll("save-failed", "save-ok");
        switch (vm.saveStateProperty().get()) {
            case FAILED:
                saveLabel.setText(i18n.t("wrapup.saveFailed", vm.saveErrorProperty().get() == null ? ""
                        : vm.saveErrorProperty().get()));
                saveLabel.setGraphic(Icons.of(MaterialDesignC.CLOUD_ALERT, 15));
                saveLabel.getStyleClass().add("save-failed");
                break;
            case PENDING:
                saveLabel.setText(i18n.t("wrapup.saving"));
                saveLabel.setGraphic(Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE, 15));
                break;
            case SAVED:
                var at = vm.savedAtProperty().get();
                saveLabel.setText(at == null ? i18n.t("wrapup.saved") : i18n.t("wrapup.savedAt",
                        DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(i18n.locale())
                                .format(at.atZone(formats.zone()))));
                saveLabel.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE, 15));
                saveLabel.getStyleClass().add("save-ok");
                break;
            default:
                saveLabel.setText("");
                saveLabel.setGraphic(null);
        }
    }

    private void renderHeader() {
        Draft d = vm.draftProperty().get();
        if (d == null) {
            title.setText("");
            contactLine.setText("");
            acw.setText("");
            return;
        }
        title.setText(i18n.t("wrapup.title", d.customerName()));
        Contact c = d.contact();
        String length = c.endedAt() == null ? "" : " · " + formats.duration(Duration.between(c.startedAt(), c.endedAt()));
        contactLine.setText(i18n.t("channel." + c.channel().code()) + " · " + formats.dateTime(c.startedAt()) + length);
        renderAcw();
    }

    private void renderAcw() {
        Draft d = vm.draftProperty().get();
        if (d == null) {
            return;
        }
        long s = Math.max(0, Duration.between(d.acwStartedAt(), vm.clock().instant()).toSeconds());
        acw.setText(i18n.t("wrapup.acw", String.format("%d:%02d", s / 60, s % 60)));
    }
}
