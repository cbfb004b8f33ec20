package io.rapport.customer;

import io.rapport.ui.TaskExecutor;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history pane: the customers open as tabs (an agent juggles a call and a chat), which one
 * is in front, and, before any is open, who was in touch most recently.
 */
public final class HistoryPaneViewModel {
    private final TaskExecutor executor;
    private final ZoneId zone;
    private CustomerService service;
    private final ObservableList<CustomerHistoryViewModel> open = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerHistoryViewModel> current = new SimpleObjectProperty<>();
    private final ObservableList<CustomerHit> recent = FXCollections.observableArrayList();
    private Runnable onReply = () -> { };
    private Amender amender;

    public HistoryPaneViewModel(TaskExecutor executor, CustomerService service, ZoneId zone) {
        this.executor = executor;
        this.service = service;
        this.zone = zone;
    }

    public void ready(CustomerService s) {
        this.service = s;
        refreshRecent();
    }

    public boolean isReady() {
        return service != null;
    }

    /** Opens a customer, or brings its tab to the front if it is already open. */
    public CustomerHistoryViewModel open(String customerId) {
        for (CustomerHistoryViewModel vm : open) {
            if (vm.customerId().equals(customerId) || (vm.historyProperty().get() != null
                    && vm.historyProperty().get().customer().id().equals(customerId))) {
                current.set(vm);
                return vm;
            }
        }
        CustomerHistoryViewModel vm = new CustomerHistoryViewModel(executor, service, zone, customerId);
        vm.onReply(() -> onReply.run());
        vm.amender(amender);
        open.add(vm);
        current.set(vm);
        vm.load();
        return vm;
    }

    /** What the customers' Reply buttons do (the window opens the composer). */
    /** How corrections to submitted notes are made (wrap-up supplies it). */
    public void amender(Amender a) {
        this.amender = a;
        openCustomers().forEach(m -> m.amender(a));
    }

    public void onReply(Runnable r) {
        this.onReply = r;
    }

    public void close(CustomerHistoryViewModel vm) {
        int i = open.indexOf(vm);
        open.remove(vm);
        if (current.get() == vm) {
            current.set(open.isEmpty() ? null : open.get(Math.max(0, i - 1)));
        }
    }

    public void closeCurrent() {
        if (current.get() != null) {
            close(current.get());
        }
    }

    public void refreshRecent() {
        if (service == null) {
            return;
        }
        CustomerService s = service;
        executor.run(() -> s.recentContacts(15), recent::setAll, e -> { });
    }

    /** Reloads every open customer and the recent list (after an import or a merge). */
    public void refreshAll() {
        open.forEach(CustomerHistoryViewModel::refresh);
        refreshRecent();
    }

    public ObservableList<CustomerHistoryViewModel> openCustomers() {
        return open;
    }

    public ObjectProperty<CustomerHistoryViewModel> currentProperty() {
        return current;
    }

    public ObservableList<CustomerHit> recent() {
        return recent;
    }
}
