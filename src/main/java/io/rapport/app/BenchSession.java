package io.rapport.app;

import io.rapport.customer.CustomerHistoryViewModel;
import io.rapport.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * For {@code rapport bench}: in a child process of the real app, look a caller up, open the
 * busiest customer's history like an agent would, then report resident memory and quit.
 */
final class BenchSession {
    private BenchSession() {
    }

    static void run(AppServices s, Desktop desktop, TaskExecutor executor) {
        executor.run(() -> {
            String busiest = s.customers().busiest();
            s.customerService().lookup("wróblewska", 12);
            return busiest;
        }, id -> {
            CustomerHistoryViewModel vm = desktop.history().open(id);
            waitLoaded(vm, 0);
        }, e -> fail(e));
    }

    private static void waitLoaded(CustomerHistoryViewModel vm, int tries) {
        if ((vm.historyProperty().get() != null && !vm.timeline().isEmpty() && !vm.loadingProperty().get())
                || tries > 600) {
            vm.loadMore();
            PauseTransition settle = new PauseTransition(Duration.seconds(2));
            settle.setOnFinished(e -> {
                System.gc();
                System.err.println("RSS_KB " + rssKb());
                Platform.exit();
            });
            settle.play();
            return;
        }
        PauseTransition p = new PauseTransition(Duration.millis(50));
        p.setOnFinished(e -> waitLoaded(vm, tries + 1));
        p.play();
    }

    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static void fail(Throwable e) {
        System.err.println("BENCH_ERROR " + e);
        Platform.exit();
    }
}
