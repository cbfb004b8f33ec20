package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.config.Settings;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Gender;
import io.rapport.support.TestStores;
import io.rapport.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** On a call with a Czech customer: find a phrase, read it aloud from the card, put it into the reply. */
@ExtendWith(ApplicationExtension.class)
class PhrasebookFlowTest {
    @TempDir
    static Path dir;
    AppServices services;
    Desktop desktop;
    final FxTaskExecutor executor = new FxTaskExecutor();
    String customer;

    @Start
    void start(Stage stage) {
        services = TestStores.open(dir.resolve("d" + System.nanoTime()));
        customer = services.customers().insert(new CustomerDraft("Jiří Dvořák", "Jiří", "Dvořák", Gender.MALE,
                "pane Dvořáku", "cs", Set.of(), List.of("+420 777 123 456"), List.of(), null, Map.of(), null, null));
        Settings settings = services.settings();
        settings.set("ui.language", "en");
        desktop = new Desktop(settings, executor, Clock.systemDefaultZone(), ZoneId.of("Europe/Prague"));
        stage.setScene(desktop.attach(stage));
        stage.show();
        desktop.servicesReady(services);
    }

    @AfterEach
    void close() {
        executor.close();
        services.close();
    }

    @Test
    void sayThisCardAndInsertIntoTheReplyByKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> desktop.history().open(customer));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desktop.composer().customerProperty().get() != null
                && desktop.phrasebook().loadedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.phrasebook().customerLanguageProperty().get()).isEqualTo("cs");
        robot.clickOn("#phrasebook-search").write("hold");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !desktop.phrasebook().rows().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#say-this").query().isVisible()).isTrue();
        String phrase = robot.lookup("#say-this-text").queryAs(Label.class).getText();
        assertThat(phrase).isNotBlank();
        assertThat(robot.lookup("#say-this-pronunciation").queryAs(Label.class).getText()).isNotBlank();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> desktop.composer().draftProperty().get().contains(phrase));
        assertThat(desktop.window().current()).isEqualTo(AppView.HISTORY);
    }
}
