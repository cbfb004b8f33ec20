package io.rapport.customer;

import io.rapport.config.Languages;
import io.rapport.text.PhoneNumbers;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One customer's history: a header card (who), an at-a-glance strip (what is open, how the last
 * contact went, how often lately), then the filterable timeline, newest first.
 */
public final class CustomerHistoryView {
    private final CustomerHistoryViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox(8);
    private final HBox glance = new HBox(12);
    private final VBox banners = new VBox(6);
    private final ListView<Interaction> timeline = new ListView<>();
    private final TextField words = new TextField();

    public CustomerHistoryView(CustomerHistoryViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        root.getStyleClass().add("customer-history");
        header.getStyleClass().add("customer-header");
        glance.getStyleClass().add("glance-strip");
        VBox top = new VBox(12, header, banners, glance, filterBar());
        top.getStyleClass().add("history-top");
        root.setTop(top);
        buildTimeline();
        root.setCenter(timeline);
        vm.historyProperty().addListener((o, a, h) -> render(h));
        vm.duplicates().addListener((javafx.collections.ListChangeListener<CustomerHit>) c -> renderBanners());
        vm.errorProperty().addListener((o, a, b) -> renderBanners());
        vm.missingProperty().addListener((o, a, b) -> renderBanners());
        render(vm.historyProperty().get());
    }

    public Node node() {
        return root;
    }

    public TextField wordsField() {
        return words;
    }

    public ListView<Interaction> timeline() {
        return timeline;
    }

    private void render(CustomerHistory h) {
        header.getChildren().clear();
        glance.getChildren().clear();
        if (h == null) {
            Label loading = new Label(i18n.t("history.loading"));
            loading.getStyleClass().add("muted");
            header.getChildren().add(loading);
            return;
        }
        header.getChildren().add(headerCard(h));
        glance.getChildren().addAll(openCard(h.glance()), lastContactCard(h.glance()), recentCard(h));
        glance.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        renderBanners();
    }

    private Node headerCard(CustomerHistory h) {
        Customer c = h.customer();
        Label name = new Label(c.displayName());
        name.getStyleClass().add("customer-name");
        name.setId("customer-name");
        HBox nameRow = new HBox(8, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        for (Flag f : c.flags()) {
            nameRow.getChildren().add(Flags.badge(f, i18n));
        }
        FlowPane facts = new FlowPane(14, 4);
        facts.getStyleClass().add("customer-facts");
        if (c.formalAddress() != null) {
            facts.getChildren().add(fact(MaterialDesignA.ACCOUNT_VOICE, c.formalAddress(), "header.formalAddress"));
        }
        if (c.language() != null) {
            facts.getChildren().add(fact(MaterialDesignE.EARTH, Languages.nativeName(c.language()), "header.language"));
        }
        if (c.customerNumber() != null) {
            facts.getChildren().add(fact(MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE, c.customerNumber(),
                    "header.customerNumber"));
        }
        if (c.customerSince() != null) {
            facts.getChildren().add(fact(MaterialDesignC.CALENDAR_CLOCK,
                    i18n.t("header.since", formats.date(c.customerSince())), "header.customerSince"));
        }
        facts.getChildren().add(fact(MaterialDesignF.FORUM_OUTLINE,
                i18n.t("header.contacts", h.stats().contactsTotal()), "header.contactsTotal"));
        for (Map.Entry<String, String> e : c.externalIds().entrySet()) {
            facts.getChildren().add(fact(MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE, e.getKey() + " " + e.getValue(),
                    "header.externalId"));
        }
        FlowPane contacts = new FlowPane(14, 4);
        contacts.getStyleClass().add("customer-contacts");
        for (ContactPoint p : c.phones()) {
            contacts.getChildren().add(fact(MaterialDesignP.PHONE, PhoneNumbers.pretty(p.value()), "header.phone"));
        }
        for (ContactPoint e : c.emails()) {
            contacts.getChildren().add(fact(MaterialDesignE.EMAIL_OUTLINE, e.value(), "header.email"));
        }
        VBox text = new VBox(6, nameRow, facts, contacts);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reply = new Button(i18n.t("history.reply"));
        reply.setId("reply-button");
        reply.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignR.REPLY_OUTLINE, 16));
        reply.getStyleClass().add("accent");
        reply.setTooltip(new Tooltip(i18n.t("history.reply") + "  (Ctrl+R)"));
        reply.setOnAction(e -> vm.reply());
        reply.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(16, Avatars.large(c.displayName()), text, reply);
        card.getStyleClass().add("card");
        card.setAlignment(Pos.CENTER_LEFT);
        return card;
    }

    private Label fact(org.kordamp.ikonli.Ikon icon, String text, String tooltipKey) {
        Label l = new Label(text);
        l.setGraphic(Icons.of(icon, 15));
        l.getStyleClass().add("fact");
        l.setTooltip(new Tooltip(i18n.t(tooltipKey)));
        return l;
    }

    private VBox glanceCard(String titleKey, String styleClass) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add("glance-title");
        VBox card = new VBox(6, title);
        card.getStyleClass().addAll("card", "glance-card", styleClass);
        card.setMinWidth(200);
        return card;
    }

    private Node openCard(AtAGlance g) {
        boolean nothing = g.openIssues().isEmpty() && g.followUps().isEmpty();
        VBox card = glanceCard("glance.open", nothing ? "glance-ok" : "glance-attention");
        card.setId("glance-open");
        java.time.LocalDate today = java.time.LocalDate.now(formats.zone());
        for (FollowUp f : g.followUps().subList(0, Math.min(2, g.followUps().size()))) {
            Label l = new Label(i18n.t("history.followUpDue", formats.date(f.due().atStartOfDay(formats.zone())
                    .toInstant()), f.owner()) + ": " + f.what());
            l.setId("glance-follow-up");
            l.setGraphic(Icons.of(MaterialDesignA.ALARM, 14));
            l.getStyleClass().addAll("glance-item", f.isOverdue(today) ? "error-text" : "glance-follow-up");
            l.setTooltip(new Tooltip(f.what()));
            card.getChildren().add(l);
        }
        if (g.openIssues().isEmpty() && !g.followUps().isEmpty()) {
            return card;
        }
        if (g.openIssues().isEmpty()) {
            Label none = new Label(i18n.t("glance.nothingOpen"));
            none.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE, 16));
            none.getStyleClass().add("glance-value");
            card.getChildren().add(none);
            return card;
        }
        Label count = new Label(i18n.t("glance.openCount", g.openIssues().size()));
        count.getStyleClass().add("glance-value");
        card.getChildren().add(count);
        for (Interaction i : g.openIssues().subList(0, Math.min(3, g.openIssues().size()))) {
            String subject = i.subject() != null ? i.subject() : Channels.label(i.channel(), i18n);
            Label l = new Label(subject + " — " + formats.relative(i.startedAt()));
            l.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 14));
            l.getStyleClass().add("glance-item");
            l.setTooltip(new Tooltip(subject + "\n" + formats.dateTime(i.startedAt())
                    + (i.agent() == null ? "" : " · " + i.agent())));
            Label badge = Outcomes.badge(i.outcome(), i18n);
            HBox row = new HBox(6, l);
            if (badge != null) {
                row.getChildren().add(badge);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    private Node lastContactCard(AtAGlance g) {
        VBox card = glanceCard("glance.last", "glance-neutral");
        card.setId("glance-last");
        Interaction i = g.lastContact();
        if (i == null) {
            card.getChildren().add(new Label(i18n.t("glance.noContact")));
            return card;
        }
        Label when = new Label(formats.relative(i.startedAt()));
        when.getStyleClass().add("glance-value");
        when.setGraphic(Icons.of(Channels.icon(i.channel()), 18));
        Label detail = new Label(Channels.label(i.channel(), i18n) + " · " + formats.dateTime(i.startedAt())
                + (i.agent() == null ? "" : " · " + i.agent()));
        detail.getStyleClass().add("glance-item");
        HBox badges = new HBox(6);
        badges.setAlignment(Pos.CENTER_LEFT);
        Label o = Outcomes.badge(i.outcome(), i18n);
        if (o != null) {
            badges.getChildren().add(o);
        }
        Label s = Outcomes.sentiment(i.sentiment(), i18n);
        if (s != null) {
            badges.getChildren().add(s);
        }
        card.getChildren().addAll(when, detail, badges);
        if (i.subject() != null) {
            Label subj = new Label(i.subject());
            subj.getStyleClass().add("glance-item");
            card.getChildren().add(2, subj);
        }
        return card;
    }

    private Node recentCard(CustomerHistory h) {
        int n = h.glance().contactsLast30Days();
        VBox card = glanceCard("glance.recent", n >= 3 ? "glance-attention" : "glance-neutral");
        card.setId("glance-recent");
        Label count = new Label(i18n.t("glance.recentCount", n));
        count.getStyleClass().add("glance-value");
        card.getChildren().add(count);
        if (n >= 3) {
            Label warn = new Label(i18n.t("glance.repeatWarning"));
            warn.setWrapText(true);
            warn.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE, 14));
            warn.getStyleClass().add("glance-item");
            card.getChildren().add(warn);
        }
        Label total = new Label(i18n.t("glance.total", h.stats().contactsTotal(),
                h.stats().firstContactAt() == null ? "" : formats.date(h.stats().firstContactAt())));
        total.getStyleClass().add("glance-item");
        card.getChildren().add(total);
        return card;
    }

    private void renderBanners() {
        banners.getChildren().clear();
        if (vm.missingProperty().get()) {
            banners.getChildren().add(banner(i18n.t("history.missing"), "danger"));
        }
        if (vm.errorProperty().get() != null) {
            banners.getChildren().add(banner(i18n.t("history.error", vm.errorProperty().get()), "danger"));
        }
        List<CustomerHit> dups = List.copyOf(vm.duplicates());
        for (CustomerHit d : dups) {
            Label text = new Label(i18n.t("history.duplicate", d.displayName(),
                    d.phone() != null ? PhoneNumbers.pretty(d.phone()) : d.email() == null ? "" : d.email()));
            text.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE, 16));
            Button merge = new Button(i18n.t("history.merge"));
            merge.getStyleClass().add("small");
            merge.setOnAction(e -> vm.mergeDuplicate(d, mergeId -> showUndo(mergeId)));
            HBox row = new HBox(10, text, merge);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("banner", "banner-accent");
            banners.getChildren().add(row);
        }
        banners.setManaged(!banners.getChildren().isEmpty());
    }

    private void showUndo(String mergeId) {
        Label text = new Label(i18n.t("history.merged"));
        Button undo = new Button(i18n.t("history.undoMerge"));
        undo.getStyleClass().add("small");
        HBox row = new HBox(10, text, undo);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("banner", "banner-success");
        undo.setOnAction(e -> {
            vm.undoMerge(mergeId);
            banners.getChildren().remove(row);
        });
        banners.getChildren().add(0, row);
        banners.setManaged(true);
        undo.requestFocus();
    }

    private static Node banner(String text, String variant) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("banner", "banner-" + variant);
        return l;
    }

    private Node filterBar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label();
        label.setGraphic(Icons.of(MaterialDesignF.FILTER_VARIANT, 16));
        label.setTooltip(new Tooltip(i18n.t("filter.label")));
        label.getStyleClass().add("muted");
        bar.getChildren().add(label);
        for (Channel c : Channel.values()) {
            ToggleButton t = new ToggleButton();
            t.setGraphic(Icons.of(Channels.icon(c), 15));
            t.setTooltip(new Tooltip(Channels.label(c, i18n)));
            t.setAccessibleText(Channels.label(c, i18n));
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.getStyleClass().add("chip");
            t.setId("filter-" + c.code());
            t.setSelected(vm.channels().contains(c));
            t.selectedProperty().addListener((o, a, b) -> {
                if (b != vm.channels().contains(c)) {
                    vm.toggleChannel(c);
                }
            });
            vm.channels().addListener((javafx.collections.SetChangeListener<Channel>) ch ->
                    t.setSelected(vm.channels().contains(c)));
            bar.getChildren().add(t);
        }
        DatePicker from = new DatePicker();
        from.setPromptText(i18n.t("filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(i18n.t("filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.toProperty());
        words.setPromptText(i18n.t("filter.words"));
        words.setId("filter-words");
        words.textProperty().bindBidirectional(vm.wordsProperty());
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(140);
        words.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.wordsProperty().set("");
                timeline.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                timeline.requestFocus();
                timeline.getSelectionModel().selectFirst();
            }
        });
        Button clear = new Button(i18n.t("filter.clear"));
        clear.setGraphic(Icons.of(MaterialDesignC.CLOSE, 14));
        clear.getStyleClass().add("flat");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> vm.clearFilters());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.endReachedProperty().get()
                ? i18n.t("timeline.count", vm.timeline().size())
                : i18n.t("timeline.countMore", vm.timeline().size()), vm.timeline(), vm.endReachedProperty()));
        Region gap = new Region();
        gap.setMinWidth(8);
        bar.getChildren().addAll(gap, from, to, words, clear, count);
        return bar;
    }

    private void buildTimeline() {
        timeline.setId("timeline");
        timeline.getStyleClass().add("timeline");
        timeline.setItems(vm.timeline());
        timeline.setCellFactory(l -> new TimelineCell(vm, i18n, formats));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.loadingProperty().get()
                ? i18n.t("history.loading") : vm.hasFilters() ? i18n.t("timeline.noMatch") : i18n.t("timeline.empty"),
                vm.loadingProperty(), vm.wordsProperty(), vm.channels()));
        empty.getStyleClass().add("muted");
        timeline.setPlaceholder(empty);
        timeline.setOnKeyPressed(e -> {
            Interaction sel = timeline.getSelectionModel().getSelectedItem();
            if (sel != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                vm.toggleExpanded(sel.id());
                e.consume();
            } else if (sel != null && e.getCode() == KeyCode.E && e.isShortcutDown() && vm.canAmend(sel)) {
                askAmendment(sel);
                e.consume();
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        javafx.scene.control.MenuItem amend = new javafx.scene.control.MenuItem(i18n.t("history.amend"));
        amend.setOnAction(e -> askAmendment(timeline.getSelectionModel().getSelectedItem()));
        menu.getItems().add(amend);
        menu.setOnShowing(e -> amend.setDisable(!vm.canAmend(timeline.getSelectionModel().getSelectedItem())));
        timeline.setContextMenu(menu);
        vm.amendments().addListener((javafx.collections.MapChangeListener<String, java.util.List<Amendment>>) c ->
                timeline.refresh());
        timeline.setOnMouseClicked(e -> {
            Interaction sel = timeline.getSelectionModel().getSelectedItem();
            if (sel != null && e.getClickCount() == 1) {
                vm.toggleExpanded(sel.id());
            }
        });
        vm.expanded().addListener((javafx.collections.SetChangeListener<String>) c -> timeline.refresh());
        vm.wordsProperty().addListener((o, a, b) -> timeline.refresh());
        if (!vm.timeline().isEmpty()) {
            timeline.getSelectionModel().selectFirst();
        }
    }

    private void askAmendment(Interaction i) {
        if (!vm.canAmend(i)) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.setTitle(i18n.t("history.amend"));
        d.setHeaderText(i18n.t("history.amendPrompt"));
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        d.getEditor().setPrefColumnCount(50);
        d.showAndWait().map(String::strip).filter(t -> t.length() >= 3).ifPresent(t -> vm.amend(i, t));
    }
}
