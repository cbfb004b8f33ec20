package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.config.Settings;
import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.customer.InteractionDraft;
import io.rapport.support.TestStores;
import io.rapport.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

/** The search box and history pane, driven by keyboard the way an agent on a call uses them. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    AppServices services;
    Desktop desktop;
    FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        services = TestStores.open(dir.resolve("data-" + System.nanoTime()));
        String id = TestStores.customerWith(services, TestStores.customer("Zdzisława Wróblewska",
                List.of("+48 601 234 567"), List.of("z.wroblewska@example.pl")), "Pierwszy kontakt w sprawie faktury.");
        services.database().write(c -> services.interactions().insert(c, id, new InteractionDraft(Channel.EMAIL,
                Direction.INBOUND, Instant.parse("2026-11-20T09:00:00Z"), null, null, "Zażalenie na dostawę",
                "Paczka nadal nie dotarła.", "follow-up", -1, "delivery", null, null, null),
                services.database().deviceId()));
        TestStores.customerWith(services, TestStores.customer("Jan Kowalski", List.of("+48 502 111 222"), List.of()),
                "Pytanie o fakturę.");
        Settings settings = services.settings();
        settings.set("ui.language", "en");
        desktop = new Desktop(settings, executor, Clock.systemDefaultZone(), ZoneId.of("Europe/Warsaw"));
        stage.setScene(desktop.attach(stage));
        stage.show();
        desktop.servicesReady(services);
        desktop.window().focusSearch();
    }

    @AfterEach
    void close() {
        executor.close();
        services.close();
    }

    @Test
    void typingAPhoneNumberAndEnterOpensTheCustomerWithTheLastContactOnTop(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        robot.write("601-234-567");
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customer-name").tryQuery().isPresent());
        assertThat(robot.lookup("#customer-name").queryAs(Label.class).getText()).isEqualTo("Zdzisława Wróblewska");
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> timeline.getItems().size() == 2);
        assertThat(timeline.getItems().get(0).toString()).contains("Zażalenie na dostawę");
        Node last = robot.lookup("#glance-last").query();
        assertThat(texts(last)).anySatisfy(t -> assertThat(t).contains("Zażalenie na dostawę"));
        assertThat(texts(robot.lookup("#glance-open").query())).anySatisfy(t -> assertThat(t).contains("1 open issue"));
        assertThat(search.getText()).isEmpty();
    }

    @Test
    void arrowsChooseAmongResults(FxRobot robot) throws Exception {
        robot.write("faktur");
        ListView<?> results = robot.lookup("#search-results .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> results.getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        Object second = results.getItems().get(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#customer-name").tryQuery().isPresent());
        assertThat(second.toString()).contains(robot.lookup("#customer-name").queryAs(Label.class).getText());
    }

    @Test
    void ctrlKFocusesTheSearchBoxFromEveryView(FxRobot robot) {
        for (AppView v : AppView.values()) {
            robot.interact(() -> desktop.window().show(v));
            robot.clickOn("#" + v.navId());
            assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isFalse();
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).as(v.name()).isTrue();
        }
    }

    @Test
    void ctrlNumbersSwitchViews(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.window().current()).isEqualTo(AppView.PHRASEBOOK);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.window().current()).isEqualTo(AppView.HISTORY);
    }

    static List<String> texts(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof javafx.scene.control.Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
