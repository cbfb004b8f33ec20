package io.rapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Gender;
import io.rapport.support.TestStores;
import io.rapport.ui.FxTaskExecutor;
import io.rapport.ui.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
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

/** The picker's keyboard flow and the stop on unfilled fields, the way an agent writes a reply. */
@ExtendWith(ApplicationExtension.class)
class ReplyComposerTest {
    @TempDir
    static Path dir;
    AppServices services;
    ReplyComposerViewModel vm;
    ReplyComposerView view;
    final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        services = TestStores.open(dir.resolve("d" + System.nanoTime()));
        services.templates().seedStarterPack();
        String id = services.customers().insert(new CustomerDraft("Zdzisława Wróblewska", "Zdzisława", "Wróblewska",
                Gender.FEMALE, "Pani Zdzisławo", "pl", Set.of(), List.of("+48 601 234 567"), List.of(), null,
                Map.of(), null, null));
        CustomerHistory h = services.customerService().history(id).orElseThrow();
        vm = new ReplyComposerViewModel(executor, Clock.systemDefaultZone());
        vm.ready(services.templates(), services.coach(), "en", "Anna", "Nordvik");
        vm.customerProperty().set(h);
        view = new ReplyComposerView(vm, new I18n("en"));
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1100, 700);
        stage.setScene(scene);
        stage.show();
        view.focusEditor();
    }

    @AfterEach
    void close() {
        executor.close();
        services.close();
    }

    @Test
    void colonsPickTheTemplateInTheCustomersLanguageAndUnfilledFieldsStopTheCopy(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        robot.write("::late");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.matches().isEmpty()
                && "late".equals(vm.matches().get(0).template().shortcut()));
        assertThat(robot.lookup("#template-picker").query().isVisible()).isTrue();
        assertThat(vm.previewProperty().get()).startsWith("Szanowna Pani Zdzisławo,");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String draft = vm.draftProperty().get();
        assertThat(draft).startsWith("Szanowna Pani Zdzisławo,").doesNotContain("::late");
        assertThat(vm.missingFields()).contains("orderNumber", "days");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.messageProperty().get()).contains("orderNumber");
        assertThat(vm.copiedProperty().get()).isFalse();

        // the first field is selected after inserting; typing replaces it, Tab goes to the next
        for (int i = 0; i < 10 && !vm.missingFields().isEmpty(); i++) {
            String field = view.editor().area().getSelectedText();
            assertThat(field).startsWith("⟦");
            robot.write(field.contains("days") ? "3" : field.contains("orderNumber") ? "NV-0012345" : "jutro");
            WaitForAsyncUtils.waitForFxEvents();
            if (!vm.missingFields().isEmpty()) {
                robot.type(KeyCode.TAB);
            }
        }
        assertThat(vm.missingFields()).isEmpty();
        assertThat(vm.draftProperty().get()).contains("NV-0012345");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.copiedProperty().get()).isTrue();
        String clip = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(clip).contains("Pani Zdzisławo").doesNotContain("⟦");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !services.templates().usage().isEmpty());
    }

    @Test
    void ctrlSpaceOpensThePickerAndEscClosesIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.isPickerOpen()).isTrue();
        assertThat(vm.matches()).hasSizeGreaterThanOrEqualTo(30);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.isPickerOpen()).isFalse();
    }

    @Test
    void theCoachChecksTheDraftAsItIsTyped(FxRobot robot) throws Exception {
        robot.write("NIE DA SIE, TO NIE MOJA WINA.");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null
                && vm.reportProperty().get().warnings().stream().anyMatch(w -> w.id().equals("caps")));
        assertThat(vm.reportProperty().get().language()).isEqualTo("pl");
    }
}
