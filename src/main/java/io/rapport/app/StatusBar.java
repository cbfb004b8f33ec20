package io.rapport.app;

import io.rapport.config.Languages;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import io.rapport.ui.RunningTask;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The bottom bar: agent, language, sync state, a running task with its progress and Cancel, store size. */
final class StatusBar {
    private final HBox root = new HBox(10);

    StatusBar(StatusBarViewModel vm, I18n i18n, Formats formats) {
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        Label agent = item(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE, "status-agent");
        agent.textProperty().bind(vm.agentProperty());
        agent.setTooltip(new Tooltip(i18n.t("status.agent")));
        Label lang = item(MaterialDesignT.TRANSLATE, "status-language");
        lang.textProperty().bind(Bindings.createStringBinding(() -> vm.languageProperty().get() == null ? ""
                : Languages.nativeName(vm.languageProperty().get()), vm.languageProperty()));
        lang.setTooltip(new Tooltip(i18n.t("status.language")));
        Label sync = item(MaterialDesignC.CLOUD_OFF_OUTLINE, "status-sync");
        sync.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("sync."
                + vm.syncProperty().get().name().toLowerCase(Locale.ROOT)), vm.syncProperty()));
        sync.setTooltip(new Tooltip(i18n.t("status.sync")));
        Label message = new Label();
        message.getStyleClass().add("status-message");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox task = taskArea(vm, i18n);
        Label size = item(MaterialDesignD.DATABASE_OUTLINE, "status-store");
        size.textProperty().bind(Bindings.createStringBinding(() -> vm.storeBytesProperty().get() < 0 ? "…"
                : formats.size(vm.storeBytesProperty().get()), vm.storeBytesProperty()));
        Tooltip storeTip = new Tooltip();
        storeTip.textProperty().bind(Bindings.concat(i18n.t("status.store"), "\n", vm.storePathProperty()));
        size.setTooltip(storeTip);
        root.getChildren().addAll(agent, sep(), lang, sep(), sync, sep(), message, spacer, task, size);
    }

    private static Node sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("status-sep");
        return s;
    }

    private static Label item(org.kordamp.ikonli.Ikon icon, String id) {
        Label l = new Label();
        l.setGraphic(Icons.of(icon, 14));
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    private static HBox taskArea(StatusBarViewModel vm, I18n i18n) {
        Label title = new Label();
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        Button cancel = new Button(i18n.t("action.cancel"));
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setId("task-cancel");
        HBox box = new HBox(8, title, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("status-task");
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().bind(vm.taskProperty().isNotNull());
        vm.taskProperty().addListener((o, old, t) -> {
            title.textProperty().unbind();
            bar.progressProperty().unbind();
            if (t != null) {
                title.textProperty().bind(t.titleProperty());
                bar.progressProperty().bind(t.progressProperty());
                cancel.setVisible(t.isCancellable());
                cancel.setOnAction(e -> t.cancel());
            }
        });
        RunningTask t = vm.taskProperty().get();
        if (t != null) {
            title.textProperty().bind(t.titleProperty());
        }
        return box;
    }

    Node node() {
        return root;
    }
}
