package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.support.TestStores;
import io.rapport.ui.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's behaviour without a window: the team setting, live validation, switching customers. */
class WrapUpViewModelTest {
    @TempDir
    Path dir;
    AppServices s;
    WrapUpViewModel vm;
    String anna;
    String jan;

    @BeforeEach
    void open() {
        s = TestStores.open(dir);
        anna = TestStores.customerWith(s, TestStores.customer("Anna Nowak", List.of("+48 601 111 222"), List.of()), "x");
        jan = TestStores.customerWith(s, TestStores.customer("Jan Kowalski", List.of("+48 602 333 444"), List.of()), "y");
        vm = new WrapUpViewModel(new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(), ZoneId.systemDefault());
        vm.ready(s.wrapUp());
    }

    @AfterEach
    void close() {
        vm.close();
        s.close();
    }

    static Contact call(String customer) {
        return new Contact(customer, Channel.PHONE, Direction.INBOUND, Instant.now().minusSeconds(120), null);
    }

    void fillResolved() {
        vm.reasonProperty().set(vm.reasons().stream().filter(r -> r.code().equals("delivery")).findFirst().orElseThrow());
        vm.detailProperty().set(vm.details().get(0));
        vm.statusProperty().set(WrapUpStatus.RESOLVED);
        vm.summaryProperty().set("Parcel rebooked for tomorrow morning; customer agreed.");
    }

    @Test
    void whenTheTeamRequiresItTheUnfinishedWrapUpComesBeforeTheNextContact() {
        vm.setRequired(true);
        vm.start(call(anna));
        assertThat(vm.draftProperty().get().customerName()).isEqualTo("Anna Nowak");
        vm.start(call(jan));
        assertThat(vm.draftProperty().get().customerName()).as("still Anna's").isEqualTo("Anna Nowak");
        assertThat(vm.blockedProperty().get()).isEqualTo("Anna Nowak");
        fillResolved();
        vm.submit();
        assertThat(vm.draftProperty().get()).isNull();
        vm.start(call(jan));
        assertThat(vm.draftProperty().get().customerName()).isEqualTo("Jan Kowalski");
        assertThat(vm.blockedProperty().get()).isNull();
        assertThat(s.wrapUp().wrapUpRequired()).as("a team setting, stored").isTrue();
    }

    @Test
    void withoutTheSettingAgentsSwitchBetweenDraftsAndNothingIsLost() {
        vm.start(call(anna));
        vm.summaryProperty().set("Anna: half written");
        vm.start(call(jan));
        assertThat(vm.draftProperty().get().customerName()).isEqualTo("Jan Kowalski");
        vm.start(call(anna));
        assertThat(vm.summaryProperty().get()).isEqualTo("Anna: half written");
        assertThat(vm.drafts()).hasSize(2);
    }

    @Test
    void afterARefusedSubmitProblemsFollowTheTyping() {
        vm.start(call(anna));
        vm.submit();
        assertThat(vm.problems()).containsKeys(Problem.Field.REASON, Problem.Field.STATUS, Problem.Field.SUMMARY);
        assertThat(vm.refusalsProperty().get()).isEqualTo(1);
        fillResolved();
        assertThat(vm.problems()).as("fixed fields lose their message as they are fixed").isEmpty();
        vm.statusProperty().set(WrapUpStatus.FOLLOW_UP);
        assertThat(vm.followUpOwnerProperty().get()).isEqualTo(s.wrapUp().agent());
        assertThat(vm.problems()).containsOnlyKeys(Problem.Field.FOLLOW_UP_DATE);
        vm.followUpDateProperty().set("jutro");
        assertThat(vm.followUpParsedProperty().get()).isEqualTo(vm.today().plusDays(1));
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void notesExportFromTheFormToAFile() throws Exception {
        vm.start(call(anna));
        fillResolved();
        vm.submit();
        Path out = dir.resolve("notes.csv");
        Integer[] n = new Integer[1];
        vm.exportNotes(vm.today(), vm.today(), out, "en", x -> n[0] = x);
        assertThat(n[0]).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(out)).contains("Parcel rebooked for tomorrow morning")
                .contains("Delivery › ");
        assertThat(dir.resolve("notes.csv.part")).doesNotExist();
    }
}
