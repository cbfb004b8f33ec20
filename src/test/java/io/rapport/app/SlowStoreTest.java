package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.customer.CustomerHistory;
import io.rapport.customer.CustomerHit;
import io.rapport.customer.CustomerService;
import io.rapport.customer.LookupViewModel;
import io.rapport.customer.TimelinePage;
import io.rapport.customer.TimelineQuery;
import io.rapport.ui.FxTaskExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A store that answers slowly must never freeze the window, and a late old answer never wins. */
@ExtendWith(ApplicationExtension.class)
class SlowStoreTest {
    final FxTaskExecutor executor = new FxTaskExecutor();
    LookupViewModel vm;

    /** Lookups take long for short queries and are quick for long ones, so answers come back out of order. */
    static final class SlowService implements CustomerService {
        @Override
        public List<CustomerHit> lookup(String query, int limit) {
            try {
                Thread.sleep(query.length() <= 3 ? 1500 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new CustomerHit("id-" + query, "Result for " + query, null, null, "pl", Set.of(),
                    CustomerHit.MatchKind.NAME, null, Instant.now()));
        }

        @Override
        public Optional<CustomerHistory> history(String customerId) {
            return Optional.empty();
        }

        @Override
        public TimelinePage timeline(TimelineQuery query) {
            return new TimelinePage(List.of(), null);
        }

        @Override
        public List<CustomerHit> recentContacts(int limit) {
            return List.of();
        }

        @Override
        public List<CustomerHit> possibleDuplicates(String customerId) {
            return List.of();
        }

        @Override
        public String merge(String survivorId, String mergedId) {
            return null;
        }

        @Override
        public void undoMerge(String mergeId) {
        }
    }

    @Start
    void start(Stage stage) {
        vm = new LookupViewModel(executor, new SlowService());
        TextField field = new TextField();
        field.setId("search");
        field.textProperty().bindBidirectional(vm.queryProperty());
        stage.setScene(new Scene(field, 400, 60));
        stage.show();
        field.requestFocus();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void theUiAnswersWhileALookupIsSlowAndTheNewestQueryWins(FxRobot robot) throws Exception {
        robot.write("nov");
        // the lookup for "nov" now sleeps 1.5 s on a worker; the UI thread must stay free
        long t0 = System.nanoTime();
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertThat(answered.await(300, TimeUnit.MILLISECONDS)).isTrue();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(300);
        robot.write("ák");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo("novák");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.results().isEmpty()
                && vm.results().get(0).displayName().equals("Result for novák") && !vm.busyProperty().get());
        Thread.sleep(1700);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.results()).extracting(CustomerHit::displayName).containsExactly("Result for novák");
    }
}
