package io.rapport.customer;

import io.rapport.text.PhoneNumbers;
import io.rapport.ui.Formats;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The history pane: open customers as tabs; with none open, who was in touch most recently
 * (arrows and Enter open one) and how to search.
 */
public final class HistoryPaneView {
    private final HistoryPaneViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Map<CustomerHistoryViewModel, Tab> tabOf = new HashMap<>();
    private final Map<CustomerHistoryViewModel, CustomerHistoryView> viewOf = new HashMap<>();
    private final ListView<CustomerHit> recent = new ListView<>();
    private final VBox empty;
    private boolean syncing;

    public HistoryPaneView(HistoryPaneViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        root.setId("history-pane");
        tabs.setId("customer-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        empty = buildEmpty();
        root.getChildren().addAll(empty, tabs);
        vm.openCustomers().addListener((ListChangeListener<CustomerHistoryViewModel>) c -> syncTabs());
        vm.currentProperty().addListener((o, a, b) -> selectCurrent());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (!syncing && t != null) {
                vm.currentProperty().set((CustomerHistoryViewModel) t.getUserData());
            }
        });
        syncTabs();
    }

    public Node node() {
        return root;
    }

    /** The view of the customer in front, if any (for Ctrl+F). */
    public CustomerHistoryView currentView() {
        CustomerHistoryViewModel c = vm.currentProperty().get();
        return c == null ? null : viewOf.get(c);
    }

    private void syncTabs() {
        syncing = true;
        try {
            for (CustomerHistoryViewModel m : vm.openCustomers()) {
                if (!tabOf.containsKey(m)) {
                    CustomerHistoryView view = new CustomerHistoryView(m, i18n, formats);
                    Tab t = new Tab();
                    t.setUserData(m);
                    t.setContent(view.node());
                    t.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                            () -> m.historyProperty().get() == null ? "…"
                                    : m.historyProperty().get().customer().displayName(), m.historyProperty()));
                    t.setGraphic(Icons.of(MaterialDesignH.HISTORY, 14));
                    t.setOnClosed(e -> vm.close(m));
                    tabOf.put(m, t);
                    viewOf.put(m, view);
                    tabs.getTabs().add(t);
                }
            }
            tabs.getTabs().removeIf(t -> !vm.openCustomers().contains(t.getUserData()));
            tabOf.keySet().removeIf(m -> !vm.openCustomers().contains(m));
            viewOf.keySet().removeIf(m -> !vm.openCustomers().contains(m));
            boolean none = vm.openCustomers().isEmpty();
            tabs.setVisible(!none);
            empty.setVisible(none);
        } finally {
            syncing = false;
        }
        selectCurrent();
    }

    private void selectCurrent() {
        Tab t = tabOf.get(vm.currentProperty().get());
        if (t != null) {
            syncing = true;
            tabs.getSelectionModel().select(t);
            syncing = false;
            CustomerHistoryView v = viewOf.get(vm.currentProperty().get());
            if (v != null) {
                v.timeline().getSelectionModel().selectFirst();
            }
        }
    }

    private VBox buildEmpty() {
        Label title = new Label(i18n.t("history.emptyTitle"));
        title.getStyleClass().add("title-2");
        Label hint = new Label(i18n.t("history.emptyHint"));
        hint.setGraphic(Icons.of(MaterialDesignM.MAGNIFY, 16));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label recentTitle = new Label(i18n.t("history.recent"));
        recentTitle.getStyleClass().add("glance-title");
        recent.setId("recent-contacts");
        recent.setItems(vm.recent());
        recent.setPlaceholder(new Label(i18n.t("history.noRecent")));
        recent.setCellFactory(l -> new RecentCell());
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                vm.open(recent.getSelectionModel().getSelectedItem().customerId());
            }
        });
        recent.setOnMouseClicked(e -> {
            if (recent.getSelectionModel().getSelectedItem() != null) {
                vm.open(recent.getSelectionModel().getSelectedItem().customerId());
            }
        });
        VBox.setVgrow(recent, Priority.ALWAYS);
        VBox box = new VBox(10, title, hint, recentTitle, recent);
        box.getStyleClass().add("history-empty");
        box.setMaxWidth(820);
        return box;
    }

    private final class RecentCell extends ListCell<CustomerHit> {
        @Override
        protected void updateItem(CustomerHit h, boolean isEmpty) {
            super.updateItem(h, isEmpty);
            if (isEmpty || h == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(h.displayName());
            name.getStyleClass().add("hit-name");
            HBox top = new HBox(6, name);
            for (Flag f : h.flags()) {
                top.getChildren().add(Flags.badge(f, i18n));
            }
            Label details = new Label((h.phone() == null ? "" : PhoneNumbers.pretty(h.phone()) + "  ·  ")
                    + (h.email() == null ? "" : h.email() + "  ·  ")
                    + (h.lastContactAt() == null ? "" : formats.relative(h.lastContactAt())));
            details.getStyleClass().add("hit-details");
            VBox text = new VBox(2, top, details);
            HBox row = new HBox(10, Avatars.small(h.displayName()), text);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
