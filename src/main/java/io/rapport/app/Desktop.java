package io.rapport.app;

import io.rapport.config.Settings;
import io.rapport.customer.HistoryPaneViewModel;
import io.rapport.customer.LookupViewModel;
import io.rapport.importer.ImportDialog;
import io.rapport.importer.ImportViewModel;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.TaskExecutor;
import io.rapport.ui.Theme;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's composition: view-models, the main window and the actions behind its buttons.
 * View-models survive a change of UI language; only the views are rebuilt.
 */
public final class Desktop implements MainWindow.Actions {
    private final Settings settings;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final LookupViewModel lookup;
    private final HistoryPaneViewModel history;
    private final StatusBarViewModel status = new StatusBarViewModel();
    private I18n i18n;
    private Formats formats;
    private MainWindow window;
    private AppServices services;
    private Stage stage;
    private Runnable onQuit = () -> { };

    public Desktop(Settings settings, TaskExecutor executor, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.zone = zone;
        this.lookup = new LookupViewModel(executor, null);
        this.history = new HistoryPaneViewModel(executor, null, zone);
        build();
    }

    private void build() {
        this.i18n = new I18n(settings.uiLanguage());
        this.formats = new Formats(i18n.locale(), zone, clock);
        this.window = new MainWindow(i18n, formats, executor, lookup, history, status, this, this::createView);
        status.agentProperty().set(settings.agentName());
        status.languageProperty().set(i18n.language());
    }

    private Node createView(AppView v) {
        return ComingView.of(v, i18n);
    }

    /** Wires the opened store into the view-models. */
    public void servicesReady(AppServices s) {
        this.services = s;
        lookup.ready(s.customerService());
        history.ready(s.customerService());
        status.syncProperty().set(s.database().isReadOnly() ? StatusBarViewModel.Sync.READ_ONLY
                : StatusBarViewModel.Sync.LOCAL_ONLY);
        status.storePathProperty().set(s.database().file().toString());
        refreshStoreSize();
    }

    public void refreshStoreSize() {
        if (services != null) {
            AppServices s = services;
            executor.run(() -> s.database().sizeOnDisk(), status.storeBytesProperty()::set, e -> { });
        }
    }

    /** Attaches to a stage: scene, theme, shortcuts. */
    public Scene attach(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(window.root(), 1360, 860);
        Theme.style(scene);
        window.installShortcuts(scene);
        return scene;
    }

    public void onQuit(Runnable r) {
        this.onQuit = r;
    }

    public MainWindow window() {
        return window;
    }

    public I18n i18n() {
        return i18n;
    }

    public LookupViewModel lookup() {
        return lookup;
    }

    public HistoryPaneViewModel history() {
        return history;
    }

    public StatusBarViewModel status() {
        return status;
    }

    @Override
    public void openImport() {
        if (services == null || stage == null) {
            return;
        }
        ImportViewModel vm = new ImportViewModel(executor, services.importService(), services.phones());
        new ImportDialog(stage, vm, i18n, report -> {
            status.messageProperty().set(i18n.t("import.done", report.imported(), report.skipped()));
            history.refreshAll();
            refreshStoreSize();
        }, getClass().getResource(Theme.APP_CSS).toExternalForm()).show();
    }

    @Override
    public void openSettings() {
        if (stage == null) {
            return;
        }
        if (SettingsDialog.show(stage, settings, i18n)) {
            try {
                settings.save();
            } catch (IOException e) {
                status.messageProperty().set(i18n.t("settings.saveFailed", e.getMessage()));
            }
            Theme.apply(settings.theme());
            build();
            if (services != null) {
                servicesReady(services);
            }
            Scene scene = stage.getScene();
            scene.getAccelerators().clear();
            scene.setRoot(window.root());
            window.installShortcuts(scene);
            window.focusSearch();
        }
    }

    @Override
    public void toggleTheme() {
        settings.set("ui.theme", "dark".equals(settings.theme()) ? "light" : "dark");
        Theme.apply(settings.theme());
        try {
            settings.save();
        } catch (IOException e) {
            status.messageProperty().set(i18n.t("settings.saveFailed", e.getMessage()));
        }
    }

    @Override
    public void showShortcuts() {
        if (stage != null) {
            ShortcutsDialog.show(stage, i18n);
        }
    }

    /** A softphone announced a caller: bring the window forward with their history (open issues first). */
    public void screenPop(io.rapport.customer.ScreenPopServer.Pop pop) {
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
        window.show(AppView.HISTORY);
        if (pop.customerId() != null) {
            history.open(pop.customerId());
            status.messageProperty().set(i18n.t("screenpop.opened", pop.query()));
        } else {
            status.messageProperty().set(i18n.t("screenpop.unknown", pop.query()));
            lookup.queryProperty().set(pop.query());
            window.focusSearch();
        }
    }

    @Override
    public void quit() {
        onQuit.run();
    }
}
