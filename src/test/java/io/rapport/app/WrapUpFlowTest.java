package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.config.Settings;
import io.rapport.customer.Interaction;
import io.rapport.customer.InteractionStore;
import io.rapport.support.TestStores;
import io.rapport.ui.FxTaskExecutor;
import io.rapport.wrapup.WrapUpStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F9 to submit, keyboard only, the way an agent wraps up a call while the next one waits. */
@ExtendWith(ApplicationExtension.class)
class WrapUpFlowTest {
    @TempDir
    static Path dir;
    AppServices services;
    Desktop desktop;
    String customer;
    final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        services = TestStores.open(dir.resolve("data-" + System.nanoTime()));
        customer = TestStores.customerWith(services, TestStores.customer("Zdzisława Wróblewska",
                List.of("+48 601 234 567"), List.of()), "Pierwszy kontakt w sprawie faktury.");
        Settings settings = services.settings();
        settings.set("ui.language", "en");
        desktop = new Desktop(settings, executor, Clock.systemDefaultZone(), ZoneId.systemDefault());
        stage.setScene(desktop.attach(stage));
        stage.show();
        desktop.servicesReady(services);
        desktop.window().focusSearch();
    }

    @AfterEach
    void close() {
        desktop.shutdown();
        executor.close();
        services.close();
    }

    private void openCustomer(FxRobot robot) throws Exception {
        robot.write("601234567");
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customer-name").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> desktop.history().currentProperty().get() != null
                && desktop.history().currentProperty().get().historyProperty().get() != null);
    }

    private static boolean focused(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        Node f = n.getScene().getFocusOwner();
        while (f != null) {
            if (f == n) {
                return true;
            }
            f = f.getParent();
        }
        return false;
    }

    @Test
    void f9OpensTheFormAndCtrlEnterSubmitsTheNoteIntoTheTimeline(FxRobot robot) throws Exception {
        openCustomer(robot);
        robot.type(KeyCode.F9);
        var vm = desktop.wrapUpModel();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.draftProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wrapup-view").query().isVisible()).isTrue();

        // submitting the empty form says what is missing, beside each field
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wrapup-error-reason").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#wrapup-error-summary").queryAs(Label.class).getText()).contains("summary");
        assertThat(focused(robot, "#wrapup-reason")).as("the caret goes to the first problem").isTrue();

        // disposition: typing picks (without diacritics, anywhere in the label); Tab to the detail
        robot.write("deliv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.reasonProperty().get() != null);
        assertThat(vm.reasonProperty().get().code()).isEqualTo("delivery");
        robot.type(KeyCode.TAB);
        robot.write("late");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.detailProperty().get() != null);
        assertThat(vm.detailProperty().get().code()).isEqualTo("delivery.late");

        // status: Tab into the choices, Right to "follow-up needed"
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.statusProperty().get()).isEqualTo(WrapUpStatus.FOLLOW_UP);
        assertThat(vm.followUpOwnerProperty().get()).as("the agent owns the follow-up by default")
                .isEqualTo(services.wrapUp().agent());

        robot.type(KeyCode.TAB);
        assertThat(focused(robot, "#wrapup-summary")).isTrue();
        robot.write("Courier missed the slot twice; card 4111 1111 1111 1111 read out.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#wrapup-redaction").query().isVisible());
        assertThat(robot.lookup("#wrapup-redaction").queryAs(Label.class).getText()).contains("card •••• 1111");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot, "#wrapup-next-steps")).isTrue();
        robot.write("Call when the van leaves the depot.");
        robot.type(KeyCode.TAB);
        assertThat(focused(robot, "#wrapup-follow-up-date")).isTrue();
        robot.write("tomorrow");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.followUpParsedProperty().get()).isEqualTo(vm.today().plusDays(1));

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.draftProperty().get() == null);
        // back in the history, the note is on top and the follow-up in the strip
        var history = desktop.history().currentProperty().get();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !history.timeline().isEmpty()
                && InteractionStore.WRAPUP_SOURCE.equals(history.timeline().get(0).sourceSystem()));
        Interaction note = history.timeline().get(0);
        assertThat(note.body()).contains("[card •••• 1111 removed]").doesNotContain("4111 1111");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#glance-follow-up").tryQuery().isPresent());
        assertThat(robot.lookup("#glance-follow-up").queryAs(Label.class).getText()).contains("van leaves");
        assertThat(services.wrapUp().myFollowUps()).hasSize(1);
    }

    @Test
    void escKeepsTheDraftAndF9ReopensIt(FxRobot robot) throws Exception {
        openCustomer(robot);
        robot.type(KeyCode.F9);
        var vm = desktop.wrapUpModel();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.draftProperty().get() != null);
        String id = vm.draftProperty().get().id();
        robot.interact(() -> vm.summaryProperty().set("Half-written note about the invoice"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customer-name").query().isVisible());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> services.wrapUp().draft(id).orElseThrow().fields()
                .summary().equals("Half-written note about the invoice"));
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.draftProperty().get() != null);
        assertThat(vm.draftProperty().get().id()).isEqualTo(id);
        assertThat(vm.summaryProperty().get()).isEqualTo("Half-written note about the invoice");
    }
}
