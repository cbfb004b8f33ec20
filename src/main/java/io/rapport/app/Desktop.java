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
    private final io.rapport.template.ReplyComposerViewModel composer;
    private final io.rapport.template.TemplatesViewModel templates;
    private final io.rapport.phrasebook.PhrasebookViewModel phrasebook;
    private final io.rapport.wrapup.WrapUpViewModel wrapUp;
    /** The picker in the wrap-up summary (its own state; no coach there). */
    private final io.rapport.template.ReplyComposerViewModel summaryTemplates;
    /** When each customer came to the front: the start of the contact a wrap-up documents. */
    private final java.util.Map<String, java.time.Instant> contactStarts = new java.util.HashMap<>();
    private io.rapport.wrapup.WrapUpView wrapUpView;
    private io.rapport.phrasebook.PhrasebookView phrasebookView;
    private io.rapport.template.ReplyComposerView composerView;
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
        history.onReply(this::focusReply);
        this.composer = new io.rapport.template.ReplyComposerViewModel(executor, clock);
        this.templates = new io.rapport.template.TemplatesViewModel(executor);
        this.phrasebook = new io.rapport.phrasebook.PhrasebookViewModel(executor);
        phrasebook.onInsert(text -> {
            window.show(AppView.HISTORY);
            focusReply();
            javafx.application.Platform.runLater(() -> composerView.editor().insertPhrase(text));
        });
        this.wrapUp = new io.rapport.wrapup.WrapUpViewModel(executor, clock, zone);
        this.summaryTemplates = new io.rapport.template.ReplyComposerViewModel(executor, clock);
        wrapUp.onSubmitted(this::wrapUpSubmitted);
        wrapUp.onLeave(() -> window.show(AppView.HISTORY));
        wrapUp.onOpenCustomer(id -> {
            window.show(AppView.HISTORY);
            history.open(id);
        });
        composer.customerProperty().addListener((o, a, h) -> phrasebook.follow(h));
        history.currentProperty().addListener((o, a, vm) -> followCustomer(vm));
        build();
    }

    private void build() {
        this.i18n = new I18n(settings.uiLanguage());
        this.formats = new Formats(i18n.locale(), zone, clock);
        this.composerView = new io.rapport.template.ReplyComposerView(composer, i18n);
        this.window = new MainWindow(i18n, formats, executor, lookup, history, status, this, this::createView,
                this::withComposer);
        status.agentProperty().set(settings.agentName());
        status.languageProperty().set(i18n.language());
    }

    private Node createView(AppView v) {
        if (v == AppView.TEMPLATES) {
            return new io.rapport.template.TemplatesView(templates, i18n, formats).node();
        }
        if (v == AppView.WRAPUP) {
            wrapUpView = new io.rapport.wrapup.WrapUpView(wrapUp, summaryTemplates, i18n, formats);
            return wrapUpView.node();
        }
        if (v == AppView.PHRASEBOOK) {
            phrasebookView = new io.rapport.phrasebook.PhrasebookView(phrasebook, i18n);
            return phrasebookView.node();
        }
        return ComingView.of(v, i18n);
    }

    private final javafx.beans.property.BooleanProperty replyOpen = new javafx.beans.property.SimpleBooleanProperty();

    /** The history pane, with the reply composer beside it while a reply is being written. */
    private Node withComposer(Node historyPane) {
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(historyPane);
        split.setId("history-split");
        javafx.scene.control.SplitPane.setResizableWithParent(composerView.node(), false);
        Runnable layout = () -> {
            if (replyOpen.get() && !split.getItems().contains(composerView.node())) {
                split.getItems().add(composerView.node());
                split.setDividerPositions(0.55);
            } else if (!replyOpen.get()) {
                split.getItems().remove(composerView.node());
            }
        };
        replyOpen.addListener((o, a, b) -> layout.run());
        composerView.onClose(() -> replyOpen.set(false));
        layout.run();
        return split;
    }

    private javafx.beans.value.ChangeListener<io.rapport.customer.CustomerHistory> customerFollower;

    /** The composer writes to whichever customer is in front. */
    private void followCustomer(io.rapport.customer.CustomerHistoryViewModel vm) {
        if (customerFollower != null) {
            history.openCustomers().forEach(m -> m.historyProperty().removeListener(customerFollower));
        }
        if (vm == null) {
            composer.customerProperty().set(null);
            return;
        }
        contactStarts.putIfAbsent(vm.customerId(), clock.instant());
        customerFollower = (o, a, h) -> composer.customerProperty().set(h);
        vm.historyProperty().addListener(customerFollower);
        composer.customerProperty().set(vm.historyProperty().get());
    }

    /** F9: the wrap-up of the contact with the customer in front (reopened if one is unfinished). */
    @Override
    public void wrapUp() {
        io.rapport.customer.CustomerHistoryViewModel vm = history.currentProperty().get();
        if (vm == null || vm.historyProperty().get() == null) {
            window.show(AppView.WRAPUP);
            if (wrapUp.draftProperty().get() == null && wrapUp.drafts().isEmpty()) {
                status.messageProperty().set(i18n.t("wrapup.needCustomer"));
            }
            return;
        }
        io.rapport.customer.CustomerHistory h = vm.historyProperty().get();
        summaryTemplates.customerProperty().set(h);
        java.time.Instant started = contactStarts.getOrDefault(vm.customerId(), clock.instant());
        wrapUp.start(new io.rapport.wrapup.Contact(h.customer().id(), io.rapport.customer.Channel.PHONE,
                io.rapport.customer.Direction.INBOUND, started, null));
        window.show(AppView.WRAPUP);
    }

    private void whenLoaded(String customerId, Runnable then) {
        io.rapport.customer.CustomerHistoryViewModel vm = history.currentProperty().get();
        if (vm == null || !vm.customerId().equals(customerId)) {
            return;
        }
        if (vm.historyProperty().get() != null) {
            then.run();
            return;
        }
        vm.historyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends io.rapport.customer.CustomerHistory> o,
                    io.rapport.customer.CustomerHistory a, io.rapport.customer.CustomerHistory b) {
                if (b != null) {
                    vm.historyProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    private void wrapUpSubmitted(io.rapport.wrapup.WrapUpService.Submitted s) {
        contactStarts.remove(s.customerId());
        history.refreshAll();
        window.show(AppView.HISTORY);
        history.openCustomers().stream().filter(m -> m.customerId().equals(s.customerId())).findFirst()
                .ifPresent(m -> status.messageProperty().set(i18n.t("wrapup.submitted",
                        m.historyProperty().get() == null ? "" : m.historyProperty().get().customer().displayName())));
    }

    /** Stores what the wrap-up form has not stored yet (the window is closing). */
    public void shutdown() {
        wrapUp.close();
    }

    @Override
    public void focusReply() {
        replyOpen.set(true);
        javafx.application.Platform.runLater(composerView::focusEditor);
    }

    /** Wires the opened store into the view-models. */
    public void servicesReady(AppServices s) {
        this.services = s;
        lookup.ready(s.customerService());
        history.ready(s.customerService());
        history.amender(s.wrapUp()::amend);
        wrapUp.ready(s.wrapUp());
        executor.run(() -> {
            s.templates().seedStarterPack();
            s.phrasebook().seedBuiltIn();
            return s.coach();
        }, coach -> {
            phrasebook.ready(s.phrasebook(), i18n.language());
            composer.phrases(coach.phrases());
            summaryTemplates.phrases(coach.phrases());
            templates.phrases(coach.phrases());
            composer.ready(s.templates(), coach, i18n.language(), agentDisplayName(), settings.get("company.name", null));
            summaryTemplates.ready(s.templates(), null, i18n.language(), agentDisplayName(),
                    settings.get("company.name", null));
            templates.ready(s.templates());
            if (!s.coachProblems().isEmpty()) {
                status.messageProperty().set(String.join("; ", s.coachProblems()));
            }
        }, e -> status.messageProperty().set(e.getMessage()));
        status.syncProperty().set(s.database().isReadOnly() ? StatusBarViewModel.Sync.READ_ONLY
                : StatusBarViewModel.Sync.LOCAL_ONLY);
        status.storePathProperty().set(s.database().file().toString());
        refreshStoreSize();
        indexWordsInBackground();
    }

    /** "anna.k" signs as "Anna"; a full name is used as it is. */
    private String agentDisplayName() {
        String n = settings.get("agent.displayName", null);
        if (n != null) {
            return n;
        }
        String login = settings.agentName();
        String first = login.contains(".") ? login.substring(0, login.indexOf('.')) : login;
        return first.isEmpty() ? login : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    public io.rapport.phrasebook.PhrasebookViewModel phrasebook() {
        return phrasebook;
    }

    public io.rapport.wrapup.WrapUpViewModel wrapUpModel() {
        return wrapUp;
    }

    public io.rapport.template.ReplyComposerViewModel composer() {
        return composer;
    }

    public void refreshStoreSize() {
        if (services != null) {
            AppServices s = services;
            executor.run(() -> s.database().sizeOnDisk(), status.storeBytesProperty()::set, e -> { });
        }
    }

    /**
     * Makes imported contacts searchable by their words, in the background with progress and
     * Cancel in the status bar; what is left is indexed at the next start.
     */
    public void indexWordsInBackground() {
        if (services == null || status.taskProperty().get() != null) {
            return;
        }
        AppServices s = services;
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        executor.run(s.importService()::wordIndexBacklog, backlog -> {
            if (backlog == 0) {
                return;
            }
            io.rapport.ui.RunningTask task = new io.rapport.ui.RunningTask(i18n.t("words.indexing"),
                    () -> cancel.set(true));
            status.taskProperty().set(task);
            executor.run(() -> s.importService().indexWords(new io.rapport.importer.ImportProgress() {
                @Override
                public void update(long done, long total, long records) {
                    executor.onUiThread(() -> task.progressProperty().set(total == 0 ? -1 : (double) done / total));
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            }), n -> {
                status.taskProperty().set(null);
                status.messageProperty().set(i18n.t(cancel.get() ? "words.paused" : "words.done", n));
            }, e -> {
                status.taskProperty().set(null);
                status.messageProperty().set(e.getMessage());
            });
        }, e -> { });
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
            indexWordsInBackground();
        }, getClass().getResource(Theme.APP_CSS).toExternalForm()).show();
    }

    @Override
    public void openSettings() {
        if (stage == null) {
            return;
        }
        javafx.beans.property.BooleanProperty required =
                new javafx.beans.property.SimpleBooleanProperty(wrapUp.requiredProperty().get());
        if (SettingsDialog.show(stage, settings, i18n, required)) {
            if (required.get() != wrapUp.requiredProperty().get()) {
                wrapUp.setRequired(required.get());
            }
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
        if (wrapUp.requiredProperty().get() && !pop.ended() && !wrapUp.drafts().isEmpty()) {
            status.messageProperty().set(i18n.t("wrapup.finishFirst", wrapUp.drafts().get(0).customerName()));
        }
        if (pop.customerId() != null && pop.ended()) {
            history.open(pop.customerId());
            // the history loads off the FX thread; wrap up once it is in front
            javafx.application.Platform.runLater(() -> whenLoaded(pop.customerId(), this::wrapUp));
        } else if (pop.customerId() != null) {
            contactStarts.put(pop.customerId(), clock.instant());
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
