package io.rapport.app;

import io.rapport.customer.CustomerHistoryView;
import io.rapport.customer.HistoryPaneView;
import io.rapport.customer.HistoryPaneViewModel;
import io.rapport.customer.LookupView;
import io.rapport.customer.LookupViewModel;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import io.rapport.ui.KeyBinding;
import io.rapport.ui.TaskExecutor;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window: search box on top (Ctrl+K from anywhere), navigation on the left
 * (Ctrl+1 … Ctrl+6), the current view in the middle and the status bar at the bottom.
 */
public final class MainWindow {
    /** What the window asks of the application around it. */
    public interface Actions {
        void openImport();

        void openSettings();

        void toggleTheme();

        void showShortcuts();

        void quit();

        /** Puts the cursor in the reply composer (Ctrl+R). */
        void focusReply();

        /** Opens the wrap-up of the contact with the customer in front (F9). */
        void wrapUp();
    }

    private final I18n i18n;
    private final LookupViewModel lookup;
    private final HistoryPaneViewModel history;
    private final StatusBarViewModel status;
    private final Actions actions;
    private final StackPane root = new StackPane();
    private final BorderPane layout = new BorderPane();
    private final StackPane content = new StackPane();
    private final Pane overlay;
    private final LookupView lookupView;
    private final HistoryPaneView historyView;
    private final Map<AppView, Node> views = new EnumMap<>(AppView.class);
    private final Map<AppView, ToggleButton> navButtons = new EnumMap<>(AppView.class);
    private final ToggleGroup nav = new ToggleGroup();
    private final Function<AppView, Node> viewFactory;
    private AppView current;

    public MainWindow(I18n i18n, Formats formats, TaskExecutor executor, LookupViewModel lookup,
            HistoryPaneViewModel history, StatusBarViewModel status, Actions actions,
            Function<AppView, Node> viewFactory, Function<Node, Node> historyWrapper) {
        this.i18n = i18n;
        this.lookup = lookup;
        this.history = history;
        this.status = status;
        this.actions = actions;
        this.viewFactory = viewFactory;
        this.lookupView = new LookupView(lookup, i18n, formats);
        this.historyView = new HistoryPaneView(history, i18n, formats);
        this.overlay = new ResultsOverlay(lookupView.field(), lookupView.panel());
        views.put(AppView.HISTORY, historyWrapper.apply(historyView.node()));
        lookup.onOpen(id -> {
            show(AppView.HISTORY);
            history.open(id);
        });
        root.getStyleClass().add("rapport");
        root.setId("main-window");
        layout.setTop(topBar());
        layout.setLeft(navRail());
        content.getStyleClass().add("content");
        layout.setCenter(content);
        layout.setBottom(new StatusBar(status, i18n, formats).node());
        root.getChildren().addAll(layout, overlay);
        show(AppView.HISTORY);
    }

    public Parent root() {
        return root;
    }

    public LookupView lookupView() {
        return lookupView;
    }

    public HistoryPaneView historyView() {
        return historyView;
    }

    private Node topBar() {
        Label brand = new Label(i18n.t("app.name"));
        brand.setGraphic(Icons.of(MaterialDesignC.CHAT_PROCESSING_OUTLINE, 22));
        brand.getStyleClass().add("brand");
        HBox.setHgrow(lookupView.field(), Priority.ALWAYS);
        lookupView.field().setMaxWidth(720);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bar = new HBox(12, brand, lookupView.field(), spacer,
                tool(MaterialDesignD.DATABASE_IMPORT_OUTLINE, "action.import", KeyBinding.IMPORT, "tool-import",
                        actions::openImport),
                tool(MaterialDesignT.THEME_LIGHT_DARK, "action.theme", KeyBinding.TOGGLE_THEME, "tool-theme",
                        actions::toggleTheme),
                tool(MaterialDesignK.KEYBOARD_OUTLINE, "action.shortcuts", KeyBinding.SHORTCUTS, "tool-shortcuts",
                        actions::showShortcuts),
                tool(MaterialDesignC.COG_OUTLINE, "action.settings", KeyBinding.SETTINGS, "tool-settings",
                        actions::openSettings));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Button tool(org.kordamp.ikonli.Ikon icon, String key, KeyBinding kb, String id, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon, 18));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.t(key) + "  (" + kb.combination().getDisplayText() + ")"));
        b.setAccessibleText(i18n.t(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node navRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        for (AppView v : AppView.values()) {
            ToggleButton b = new ToggleButton(i18n.t(v.labelKey()));
            b.setGraphic(Icons.of(v.icon(), 22));
            b.setContentDisplay(ContentDisplay.TOP);
            b.setToggleGroup(nav);
            b.setId(v.navId());
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(i18n.t(v.labelKey()) + "  (" + v.key().combination().getDisplayText() + ")"));
            b.setMaxWidth(Double.MAX_VALUE);
            // "Notatka po rozmowie", "Zpracování po hovoru": long labels take two lines, never an ellipsis
            b.setWrapText(true);
            b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            b.setOnAction(e -> show(v));
            navButtons.put(v, b);
            rail.getChildren().add(b);
        }
        return rail;
    }

    /** Shows a view (Ctrl+1 … Ctrl+6) and puts the cursor in its first field. */
    public void show(AppView v) {
        Node n = views.computeIfAbsent(v, viewFactory);
        content.getChildren().setAll(n);
        navButtons.get(v).setSelected(true);
        current = v;
        Node first = n.lookup(".text-field");
        if (first != null && v != AppView.HISTORY) {
            javafx.application.Platform.runLater(first::requestFocus);
        }
    }

    public AppView current() {
        return current;
    }

    /** Puts the cursor in the search box, selecting what is there (Ctrl+K). */
    public void focusSearch() {
        lookupView.field().requestFocus();
        lookupView.field().selectAll();
    }

    /** Installs every shortcut of {@link KeyBinding} on the scene. */
    public void installShortcuts(Scene scene) {
        Map<KeyBinding, Runnable> map = new EnumMap<>(KeyBinding.class);
        map.put(KeyBinding.FOCUS_SEARCH, this::focusSearch);
        for (AppView v : AppView.values()) {
            map.put(v.key(), () -> show(v));
        }
        map.put(KeyBinding.CLOSE_TAB, history::closeCurrent);
        map.put(KeyBinding.REPLY, () -> {
            show(AppView.HISTORY);
            actions.focusReply();
        });
        map.put(KeyBinding.FILTER_WORDS, () -> {
            show(AppView.HISTORY);
            CustomerHistoryView v = historyView.currentView();
            if (v != null) {
                v.wordsField().requestFocus();
            }
        });
        map.put(KeyBinding.WRAP_UP, actions::wrapUp);
        map.put(KeyBinding.IMPORT, actions::openImport);
        map.put(KeyBinding.SETTINGS, actions::openSettings);
        map.put(KeyBinding.TOGGLE_THEME, actions::toggleTheme);
        map.put(KeyBinding.REFRESH, history::refreshAll);
        map.put(KeyBinding.SHORTCUTS, actions::showShortcuts);
        map.put(KeyBinding.QUIT, actions::quit);
        map.forEach((k, r) -> scene.getAccelerators().put(k.combination(), r));
    }

    public StatusBarViewModel status() {
        return status;
    }
}
