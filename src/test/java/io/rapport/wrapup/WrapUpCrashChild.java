package io.rapport.wrapup;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.support.TestStores;
import io.rapport.support.ThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The child JVM of {@link WrapUpCrashTest}: opens the store, starts a wrap-up through the real
 * view-model and types the summary one character every 10 ms, reporting each keystroke, until
 * it is killed.
 */
public final class WrapUpCrashChild {
    /** What the child types, long enough to be killed in the middle. */
    static final String TEXT = ("Customer called about the parcel that missed its slot twice; rebooked with the depot "
            + "for Friday morning and promised a call when the van leaves. ").repeat(20);

    private WrapUpCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        AppServices s = TestStores.open(Path.of(args[0]));
        String customer = TestStores.customerWith(s, TestStores.customer("Ewa Kowalska", List.of("+48 601 234 567"),
                List.of()), "Paczka nie dotarła");
        ThreadTaskExecutor executor = new ThreadTaskExecutor();
        WrapUpViewModel vm = new WrapUpViewModel(executor, Clock.systemDefaultZone(), ZoneId.systemDefault());
        executor.onUiThreadAndWait(() -> {
            vm.ready(s.wrapUp());
            vm.start(new Contact(customer, Channel.PHONE, Direction.INBOUND, Instant.now(), null));
        });
        while (true) {
            Thread.sleep(20);
            boolean[] open = new boolean[1];
            executor.onUiThreadAndWait(() -> open[0] = vm.draftProperty().get() != null);
            if (open[0]) {
                break;
            }
        }
        System.out.println("READY");
        for (int i = 1; i <= TEXT.length(); i++) {
            String typed = TEXT.substring(0, i);
            executor.onUiThreadAndWait(() -> vm.summaryProperty().set(typed));
            System.out.println("TYPED " + i + " " + System.nanoTime() / 1_000_000);
            System.out.flush();
            Thread.sleep(10);
        }
        System.out.println("DONE");
        Thread.sleep(60_000);
    }
}
