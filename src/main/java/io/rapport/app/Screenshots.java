package io.rapport.app;

import io.rapport.config.Settings;
import io.rapport.customer.CustomerHistoryViewModel;
import io.rapport.ui.FxTaskExecutor;
import io.rapport.ui.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders every main view with demo data to PNG files, headless (Monocle), for the README and
 * for looking at what was built. Uses the real window and view-models against a store seeded
 * with the demo generator.
 */
public final class Screenshots {
    private final AppServices services;
    private final Path outDir;
    private final String language;
    private final List<Path> written = new ArrayList<>();

    public Screenshots(AppServices services, Path outDir, String language) {
        this.services = services;
        this.outDir = outDir;
        this.language = language;
    }

    /** Sets the headless rendering properties; call before the toolkit starts. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    /** Renders all views; returns the files written. */
    public List<Path> run() throws Exception {
        Files.createDirectories(outDir);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("JavaFX did not start within 30 s", e);
        }
        // hiding one theme's window must not end the toolkit before the next one is shown
        Platform.setImplicitExit(false);
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            Settings settings = services.settings();
            if (language != null) {
                settings.set("ui.language", language);
            }
            settings.set("company.name", "Nordvik");
            String prefix = language == null || "en".equals(language) ? "" : language + "-";
            for (String theme : new String[] {"light", "dark"}) {
                settings.set("ui.theme", theme);
                Desktop desktop = onFx(() -> {
                    Theme.apply(theme);
                    Desktop d = new Desktop(settings, executor, Clock.systemDefaultZone(), ZoneId.systemDefault());
                    Stage stage = new Stage();
                    stage.setScene(d.attach(stage));
                    stage.show();
                    d.servicesReady(services);
                    return d;
                });
                Scene scene = onFx(() -> desktop.window().root().getScene());
                String suffix = "dark".equals(theme) ? "-dark" : "";
                waitFor("the recent contacts", () -> !desktop.history().recent().isEmpty());
                if ("light".equals(theme)) {
                    shoot(scene, prefix + "01-history-start.png");
                    onFx(() -> {
                        desktop.lookup().queryProperty().set("reklamac");
                        return null;
                    });
                    waitFor("the search results", () -> !desktop.lookup().results().isEmpty());
                    shoot(scene, prefix + "02-search.png");
                    onFx(() -> {
                        desktop.lookup().clear();
                        return null;
                    });
                }
                String id = busiestOpenCustomer();
                CustomerHistoryViewModel vm = onFx(() -> desktop.history().open(id));
                waitFor(() -> vm.historyProperty().get() != null && !vm.timeline().isEmpty()
                        && !vm.loadingProperty().get());
                onFx(() -> {
                    if (!vm.timeline().isEmpty()) {
                        vm.toggleExpanded(vm.timeline().get(0).id());
                    }
                    return null;
                });
                // a reply started from a template, with one field still to fill, so the coach has work
                waitFor("the templates", () -> {
                    desktop.composer().openPicker("late");
                    return !desktop.composer().matches().isEmpty();
                });
                onFx(() -> {
                    var r = desktop.composer().takeSelected();
                    if (r != null) {
                        desktop.composer().draftProperty().set(r.text());
                    }
                    return null;
                });
                waitFor("the coach", () -> desktop.composer().reportProperty().get() != null);
                shoot(scene, prefix + "03-customer-history" + suffix + ".png");
                onFx(() -> {
                    desktop.focusReply();
                    return null;
                });
                shoot(scene, prefix + "04-reply" + suffix + ".png");
                if ("light".equals(theme)) {
                    int n = 5;
                    for (AppView v : AppView.values()) {
                        if (v == AppView.HISTORY) {
                            continue;
                        }
                        onFx(() -> {
                            desktop.window().show(v);
                            return null;
                        });
                        shoot(scene, prefix + String.format("%02d-%s.png", n++, v.name().toLowerCase()));
                    }
                }
                onFx(() -> {
                    scene.getWindow().hide();
                    return null;
                });
            }
        } finally {
            executor.close();
        }
        return written;
    }

    /** A customer with several contacts, one of them recent, and something still open. */
    private String busiestOpenCustomer() {
        java.util.List<String> candidates = services.customers().withContactsBetween(5, 40, 200);
        for (String id : candidates) {
            var h = services.customerService().history(id);
            if (h.isPresent() && !h.get().glance().openIssues().isEmpty()
                    && h.get().glance().contactsLast30Days() >= 2) {
                return id;
            }
        }
        return candidates.get(0);
    }

    private void shoot(Scene scene, String name) throws Exception {
        Thread.sleep(150);
        WritableImage img = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        Path p = outDir.resolve(name);
        ImageIO.write(b, "png", p.toFile());
        written.add(p);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        waitFor("the view", condition);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (onFx(condition::getAsBoolean)) {
                Thread.sleep(100);
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException(what + " did not finish loading within 30 s");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the UI thread did not answer within 30 s", e);
        }
    }
}
