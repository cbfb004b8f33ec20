package io.rapport.app;

import io.rapport.config.Settings;
import io.rapport.customer.ScreenPopServer;
import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportReport;
import io.rapport.ui.FxTaskExecutor;
import io.rapport.ui.RunningTask;
import io.rapport.ui.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window face of Rapport. The window appears first with the search box focused; the store
 * opens in the background and the search box starts answering as soon as it is ready. A new
 * user's first start fills an empty store with demo data, with progress and Cancel in the
 * status bar.
 */
public final class RapportApp extends Application {
    public static final String DATA_DIR_PARAM = "--data-dir=";
    static final int DEMO_CUSTOMERS = 500;
    static final int DEMO_INTERACTIONS = 4000;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private AppServices services;
    private InstanceLock lock;
    private ScreenPopServer screenPop;
    private Desktop desktop;

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        Path dataDir = dataDir();
        Settings settings = Settings.load(dataDir);
        Theme.apply(settings.theme());
        desktop = new Desktop(settings, executor, Clock.systemDefaultZone(), ZoneId.systemDefault());
        Scene scene = desktop.attach(stage);
        stage.setScene(scene);
        stage.setTitle("Rapport");
        var icon = RapportApp.class.getResourceAsStream("/assets/icons/rapport-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        desktop.onQuit(stage::close);
        stage.setOnHidden(e -> shutdown());
        stage.show();
        desktop.window().focusSearch();
        if (Boolean.getBoolean("rapport.startupReport")) {
            long sinceJvm = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("STARTUP_MS " + (System.nanoTime() - t0) / 1_000_000 + " in start(), " + sinceJvm
                    + " since the JVM started");
        }
        if (Boolean.getBoolean("rapport.exitAfterStart")) {
            // used once at build time to record a class-data-sharing archive of a real start
            javafx.animation.PauseTransition quit = new javafx.animation.PauseTransition(Duration.seconds(3));
            quit.setOnFinished(e -> stage.close());
            quit.play();
        }
        executor.run(() -> {
            lock = InstanceLock.acquire(dataDir);
            return AppServices.open(dataDir);
        }, s -> {
            services = s;
            desktop.servicesReady(s);
            if (Boolean.getBoolean("rapport.benchSession")) {
                BenchSession.run(s, desktop, executor);
                return;
            }
            seedDemoIfEmpty(s);
            startScreenPop(s);
            Timeline sizes = new Timeline(new KeyFrame(Duration.seconds(30), e -> desktop.refreshStoreSize()));
            sizes.setCycleCount(Timeline.INDEFINITE);
            sizes.play();
        }, e -> fatal(stage, e));
    }

    private Path dataDir() {
        for (String raw : getParameters().getRaw()) {
            if (raw.startsWith(DATA_DIR_PARAM)) {
                return Path.of(raw.substring(DATA_DIR_PARAM.length()));
            }
        }
        return io.rapport.config.DataDirectory.resolve(null);
    }

    private void seedDemoIfEmpty(AppServices s) {
        if (s.database().isReadOnly()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        executor.run(() -> s.customers().count() == 0 && !"1".equals(s.database().read(
                c -> c.queryString("SELECT value FROM meta WHERE key = 'demo_seeded'"))), empty -> {
                    if (!empty) {
                        return;
                    }
                    RunningTask task = new RunningTask(desktop.i18n().t("demo.seeding"), () -> cancel.set(true));
                    desktop.status().taskProperty().set(task);
                    executor.run(() -> {
                        ImportReport r = s.demo().generate(DEMO_CUSTOMERS, DEMO_INTERACTIONS, 42, new ImportProgress() {
                            @Override
                            public void update(long done, long total, long records) {
                                Platform.runLater(() -> task.progressProperty().set((double) done / total));
                            }

                            @Override
                            public boolean isCancelled() {
                                return cancel.get();
                            }
                        });
                        s.database().write(c -> c.update("INSERT OR REPLACE INTO meta (key, value) "
                                + "VALUES ('demo_seeded', '1')"));
                        if (s.settings().get("company.name", null) == null) {
                            // the demo customers are Nordvik's
                            s.settings().set("company.name", "Nordvik");
                            s.settings().save();
                        }
                        return r;
                    }, r -> {
                        desktop.status().taskProperty().set(null);
                        desktop.status().messageProperty().set(desktop.i18n().t("demo.seeded", r.newCustomers(),
                                r.imported()));
                        desktop.history().refreshAll();
                        desktop.refreshStoreSize();
                    }, e -> {
                        desktop.status().taskProperty().set(null);
                        desktop.status().messageProperty().set(e.getMessage());
                    });
                }, e -> { });
    }

    private void startScreenPop(AppServices s) {
        Settings st = s.settings();
        if (!st.screenPopEnabled()) {
            return;
        }
        try {
            screenPop = ScreenPopServer.start(st.screenPopPort(), st.screenPopToken(), s.customerService(),
                    pop -> Platform.runLater(() -> desktop.screenPop(pop)));
            st.save();
        } catch (java.io.IOException e) {
            desktop.status().messageProperty().set(desktop.i18n().t("screenpop.failed", st.screenPopPort(),
                    e.getMessage()));
        }
    }

    private void fatal(Stage stage, Throwable e) {
        desktop.status().syncProperty().set(StatusBarViewModel.Sync.FAILED);
        Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.CLOSE);
        a.initOwner(stage);
        a.setHeaderText(desktop.i18n().t("error.storeOpen"));
        a.showAndWait();
        stage.close();
    }

    private void shutdown() {
        desktop.shutdown();
        if (screenPop != null) {
            screenPop.close();
        }
        if (services != null) {
            services.close();
        }
        if (lock != null) {
            lock.close();
        }
        executor.close();
        Platform.exit();
    }
}
