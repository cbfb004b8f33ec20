package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.customer.Interaction;
import io.rapport.customer.InteractionStore;
import io.rapport.customer.TimelineQuery;
import io.rapport.store.StoreException;
import io.rapport.support.TestStores;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrap-up against a real store: submit, immutability, amendments, follow-ups, merges, redaction, export. */
class WrapUpServiceTest {
    static final String CARD = "4111 1111 1111 1111";
    @TempDir
    Path dir;
    AppServices s;
    WrapUpService w;
    String customer;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void open() {
        s = TestStores.open(dir);
        w = s.wrapUp();
        customer = TestStores.customerWith(s, TestStores.customer("Jana Nováková", List.of("+420 777 123 456"),
                List.of()), "Balík nedorazil");
    }

    @AfterEach
    void close() {
        s.close();
    }

    Contact call() {
        return new Contact(customer, Channel.PHONE, Direction.INBOUND, Instant.now().minusSeconds(420), null);
    }

    static WrapUpFields followUp(String summary, String due) {
        return new WrapUpFields("delivery", "delivery.late", "follow-up", summary, "Call when the van leaves", due,
                "anna.k", 2, "courier, slot");
    }

    @Test
    void aSubmittedNoteAppearsInTheTimelineAndItsFollowUpInMyFollowUps() {
        Draft d = w.open(call());
        w.submit(d.id(), followUp("Courier missed the slot twice; rebooked for tomorrow morning.", "tomorrow"), today);

        List<Interaction> timeline = s.customerService().timeline(new TimelineQuery(customer, Set.of(), null, null,
                null, 20, null)).rows();
        Interaction note = timeline.get(0);
        assertThat(note.sourceSystem()).isEqualTo(InteractionStore.WRAPUP_SOURCE);
        assertThat(note.channel()).isEqualTo(Channel.PHONE);
        assertThat(note.body()).contains("rebooked").contains("Call when the van leaves");
        assertThat(note.subject()).isEqualTo("Delivery › Late delivery");
        assertThat(note.outcome()).isEqualTo("follow-up");
        assertThat(note.endedAt()).isNotNull();

        var h = s.customerService().history(customer).orElseThrow();
        assertThat(h.glance().followUps()).singleElement().satisfies(f -> {
            assertThat(f.due()).isEqualTo(today.plusDays(1));
            assertThat(f.owner()).isEqualTo("anna.k");
        });
        assertThat(h.glance().openIssues()).extracting(Interaction::id).contains(note.id());
        assertThat(w.drafts()).isEmpty();
        // the words of the note are searchable at once
        assertThat(s.customerService().lookup("rebooked", 5)).extracting(x -> x.customerId()).contains(customer);
    }

    @Test
    void myFollowUpsAreSortedByDueDateAndCanBeCompleted() {
        for (String due : new String[] {"+5", "tomorrow", "+2"}) {
            Draft d = w.open(call());
            w.submit(d.id(), new WrapUpFields("delivery", "delivery.late", "follow-up",
                    "Customer waits for the courier, slot missed twice.", "", due, w.agent(), 0, ""), today);
        }
        List<LocalDate> dues = w.myFollowUps().stream().map(f -> f.due()).toList();
        assertThat(dues).containsExactly(today.plusDays(1), today.plusDays(2), today.plusDays(5));
        assertThat(w.myFollowUps()).allSatisfy(f -> {
            assertThat(f.doneAt()).as("open").isNull();
            assertThat(f.isOverdue(today)).isFalse();
        });
        assertThat(w.myFollowUps().get(0).isOverdue(today.plusDays(2))).as("overdue the day after").isTrue();
        w.completeFollowUp(w.myFollowUps().get(0).id());
        assertThat(w.myFollowUps()).hasSize(2);
        assertThatThrownBy(() -> w.completeFollowUp("nope")).isInstanceOf(StoreException.class);
    }

    @Test
    void anIncompleteFormIsRefusedAndTheDraftKept() {
        Draft d = w.open(call());
        WrapUpFields f = new WrapUpFields("delivery", "", "follow-up", "ok", "", "", "", 0, "");
        assertThatThrownBy(() -> w.submit(d.id(), f, today)).isInstanceOfSatisfying(WrapUpService.Rejected.class,
                r -> assertThat(r.problems()).extracting(Problem::key).contains("wrapup.error.detailRequired",
                        "wrapup.error.summaryShort", "wrapup.error.followUpDateRequired"));
        assertThat(w.drafts()).extracting(Draft::id).containsExactly(d.id());
    }

    @Test
    void aSubmittedNoteCannotBeChangedOnlyAmended() {
        Draft d = w.open(call());
        var done = w.submit(d.id(), followUp("Courier missed the slot; rebooked for Friday.", "+3"), today);
        assertThatThrownBy(() -> s.database().write(c -> c.update("UPDATE notes SET summary = 'changed' WHERE id = ?",
                done.noteId()))).hasMessageContaining("cannot be changed");

        w.amend(done.interactionId(), "Correction: the slot is Friday afternoon, card " + CARD + " mentioned.");
        var page = s.customerService().timeline(new TimelineQuery(customer, Set.of(), null, null, null, 20, null));
        assertThat(page.amendmentsOf(done.interactionId())).singleElement().satisfies(a -> {
            assertThat(a.agent()).isEqualTo(w.agent());
            assertThat(a.text()).contains("Friday afternoon").contains("[card •••• 1111 removed]")
                    .doesNotContain(CARD);
        });
        String stored = s.database().read(c -> c.queryString("SELECT summary FROM notes WHERE id = ?", done.noteId()));
        assertThat(stored).isEqualTo("Courier missed the slot; rebooked for Friday.");
        // only notes take amendments
        String other = page.rows().stream().filter(i -> !InteractionStore.WRAPUP_SOURCE.equals(i.sourceSystem()))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> w.amend(other, "not a note")).isInstanceOf(StoreException.class);
    }

    @Test
    void cardNumbersAndNationalIdsNeverReachTheStoreFile() throws Exception {
        Draft d = w.open(call());
        String pesel = "44051401359";
        WrapUpFields f = followUp("Customer read out card " + CARD + " CVV 123 and PESEL " + pesel
                + " before I could stop her. Order ZAM/2025/004512, phone +48 601 234 567.", "+1");
        var saved = w.save(d.id(), f, 1);
        assertThat(saved.redactions()).extracting(x -> x.finding().kind().id()).contains("card", "cvv", "pesel");
        w.submit(d.id(), f, today);
        s.close();
        for (Path p : storeFiles()) {
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(p.toString()).doesNotContain("4111 1111 1111 1111").doesNotContain(pesel);
        }
        s = TestStores.open(dir);
        String summary = s.database().read(c -> c.queryString("SELECT summary FROM notes"));
        assertThat(summary).contains("[card •••• 1111 removed]").contains("ZAM/2025/004512")
                .contains("+48 601 234 567").doesNotContain(CARD);
    }

    private List<Path> storeFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("rapport")).toList();
        }
    }

    @Test
    void draftsFollowTheirCustomerThroughAMergeAndItsUndo() {
        String twin = TestStores.customerWith(s, TestStores.customer("Jana Nováková", List.of(), List.of()), "x");
        Draft d = w.open(new Contact(twin, Channel.CHAT, Direction.INBOUND, Instant.now(), null));
        w.save(d.id(), followUp("Chat about the missing parcel, half written", ""), 1);
        String merge = s.customerService().merge(customer, twin);
        assertThat(w.drafts()).singleElement().satisfies(x -> {
            assertThat(x.contact().customerId()).isEqualTo(customer);
            assertThat(x.fields().summary()).isEqualTo("Chat about the missing parcel, half written");
        });
        s.customerService().undoMerge(merge);
        assertThat(w.drafts()).singleElement().satisfies(x -> assertThat(x.contact().customerId()).isEqualTo(twin));
    }

    @Test
    void aLateSaveNeverOverwritesANewerOne() {
        Draft d = w.open(call());
        w.save(d.id(), followUp("second version of the text", ""), 2);
        w.save(d.id(), followUp("first version", ""), 1);
        assertThat(w.draft(d.id()).orElseThrow().fields().summary()).isEqualTo("second version of the text");
    }

    @Test
    void reopeningTheSameCustomerContinuesTheUnfinishedDraft() {
        Draft d = w.open(call());
        w.save(d.id(), followUp("started typing", ""), 1);
        assertThat(w.open(call()).id()).isEqualTo(d.id());
    }

    @Test
    void aDeletedCustomerKeepsTheDraftAndSaysWhy() {
        Draft d = w.open(call());
        s.database().write(c -> c.update("UPDATE customers SET deleted = 1 WHERE id = ?", customer));
        assertThatThrownBy(() -> w.submit(d.id(), followUp("Courier missed the slot twice, rebooked.", "+1"), today))
                .hasMessageContaining("deleted");
        assertThat(w.draft(d.id())).isPresent();
    }

    @Test
    void notesExportAsCsvForADateRange() throws Exception {
        Draft d = w.open(call());
        var done = w.submit(d.id(), followUp("Courier missed the slot; rebooked, \"urgent\", customer upset.", "+1"),
                today);
        w.amend(done.interactionId(), "Slot confirmed by the depot.");
        StringWriter out = new StringWriter();
        int n = w.exportNotes(today.minusDays(1), today, ZoneId.systemDefault(), out, "pl");
        assertThat(n).isEqualTo(1);
        List<CSVRecord> rows = CSVParser.parse(out.toString(), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build()).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("summary")).isEqualTo("Courier missed the slot; rebooked, \"urgent\", customer upset.");
            assertThat(r.get("disposition")).isEqualTo("Dostawa › Opóźniona dostawa");
            assertThat(r.get("status")).isEqualTo("follow-up");
            assertThat(r.get("follow_up_due")).isEqualTo(today.plusDays(1).toString());
            assertThat(r.get("amendments")).contains("Slot confirmed by the depot.");
            assertThat(r.get("customer")).isEqualTo("Jana Nováková");
        });
        StringWriter none = new StringWriter();
        assertThat(w.exportNotes(today.plusDays(1), today.plusDays(2), ZoneId.systemDefault(), none, "en")).isZero();
        assertThatThrownBy(() -> w.exportNotes(today, today.minusDays(1), ZoneId.systemDefault(), none, "en"))
                .hasMessageContaining("before it starts");
    }

    @Test
    void leadsEditTheDispositionTreeForTheTeam() {
        DispositionTree t = DispositionTree.parse("{\"reasons\": [{\"code\": \"vip\", \"label\": {\"en\": \"VIP care\"},"
                + " \"details\": [{\"code\": \"vip.gift\", \"label\": {\"en\": \"Gift\", \"pl\": \"Prezent\"}}]}]}");
        w.saveDispositions(t);
        s.close();
        s = TestStores.open(dir);
        assertThat(s.wrapUp().dispositions().reasons()).extracting(Disposition::code).containsExactly("vip");
        assertThatThrownBy(() -> DispositionTree.parse("{\"reasons\": [{\"code\": \"a\", \"label\": {\"en\": \"A\"}},"
                + "{\"code\": \"a\", \"label\": {\"en\": \"B\"}}]}")).hasMessageContaining("used twice");
        assertThatThrownBy(() -> DispositionTree.parse("{\"reasons\": [")).hasMessageContaining("not valid JSON");
    }

    @Test
    void pastedMegabytesAreKeptInTheDraftButRefusedAsANoteAndControlCharactersDropped() {
        Draft d = w.open(call());
        String huge = "Transcript line with card 4111 1111 1111 1111 and more words.\n".repeat(50_000);
        w.save(d.id(), followUp(huge, "+1"), 1);
        assertThat(w.draft(d.id()).orElseThrow().fields().summary()).hasSizeGreaterThan(3_000_000)
                .doesNotContain(CARD);
        assertThatThrownBy(() -> w.submit(d.id(), followUp(huge, "+1"), today))
                .isInstanceOfSatisfying(WrapUpService.Rejected.class, r -> assertThat(r.problems())
                        .extracting(Problem::key).contains("wrapup.error.summaryLong"));
        var done = w.submit(d.id(), followUp("Bell\u0007 and NUL\u0000 gone, emoji 😀 kept, ře kept.", "+1"), today);
        String stored = s.database().read(c -> c.queryString("SELECT summary FROM notes WHERE id = ?", done.noteId()));
        assertThat(stored).isEqualTo("Bell and NUL gone, emoji 😀 kept, ře kept.");
    }
}
