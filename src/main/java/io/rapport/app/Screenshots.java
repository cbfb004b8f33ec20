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
                if ("light".equals(theme)) {
                    seedFollowUps(id);
                }
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
                        if (v == AppView.WRAPUP) {
                            fillWrapUp(desktop);
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

    /** A few wrap-ups submitted earlier today, so "My follow-ups" and the timeline show them. */
    private void seedFollowUps(String shownCustomer) {
        var w = services.wrapUp();
        if (!w.myFollowUps().isEmpty()) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        java.util.List<String> ids = new java.util.ArrayList<>(services.customers().withContactsBetween(3, 40, 6));
        ids.remove(shownCustomer);
        ids.add(0, shownCustomer);
        String[][] notes = {
            {"delivery", "delivery.late", "The courier missed the agreed slot twice. Rebooked delivery with the depot "
                + "for the morning; customer asked for a call once the van is on its way.", "Call when the van leaves"},
            {"refund", "refund.not-received", "Refund for the returned jacket not visible yet. Checked with payments: "
                + "sent on Monday, bank can take up to 3 working days.", "Check the bank confirmation and call back"},
            {"billing", "billing.double-charge", "Charged twice for the same order. Card payment reversal requested, "
                + "customer will send the bank statement.", "Confirm the reversal reached the customer"},
        };
        for (int i = 0; i < notes.length && i < ids.size(); i++) {
            String[] n = notes[i];
            var d = w.open(new io.rapport.wrapup.Contact(ids.get(i), io.rapport.customer.Channel.PHONE,
                    io.rapport.customer.Direction.INBOUND, java.time.Instant.now().minusSeconds(600 + 300L * i), null));
            String detail = w.dispositions().detail(n[0], n[1]).isPresent() ? n[1] : "";
            w.submit(d.id(), new io.rapport.wrapup.WrapUpFields(n[0], detail, "follow-up", n[2], n[3],
                    today.plusDays(i).toString(), w.agent(), 2 + i, "screenshot"), today);
        }
    }

    /** The wrap-up form mid-way: disposition chosen, a summary with a card number about to be removed. */
    private void fillWrapUp(Desktop desktop) throws Exception {
        onFx(() -> {
            desktop.window().show(AppView.HISTORY);
            desktop.wrapUp();
            return null;
        });
        var vm = desktop.wrapUpModel();
        waitFor("the wrap-up draft", () -> vm.draftProperty().get() != null && !vm.reasons().isEmpty());
        onFx(() -> {
            vm.reasonProperty().set(vm.reasons().stream().filter(r -> r.code().equals("billing")).findFirst()
                    .orElse(vm.reasons().get(0)));
            if (!vm.details().isEmpty()) {
                vm.detailProperty().set(vm.details().get(0));
            }
            vm.statusProperty().set(io.rapport.wrapup.WrapUpStatus.FOLLOW_UP);
            vm.summaryProperty().set("Customer was charged twice for the same order and read out the card "
                    + "4111 1111 1111 1111 to prove it. Explained the reversal takes 3–5 working days; she was "
                    + "relieved once she heard the second payment is already being returned.");
            vm.nextStepsProperty().set("Check on Friday that the reversal has reached the card; call her back "
                    + "either way.");
            vm.followUpDateProperty().set("Friday");
            vm.sentimentProperty().set(4);
            vm.tagsProperty().set("double charge, card");
            return null;
        });
        waitFor("the autosave", () -> !vm.redactions().isEmpty());
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
