package io.rapport.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.CustomerHit;
import io.rapport.customer.CustomerHistory;
import io.rapport.customer.Direction;
import io.rapport.customer.Interaction;
import io.rapport.customer.TimelineQuery;
import io.rapport.support.Fixtures;
import io.rapport.support.TestStores;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
    @TempDir
    Path dir;
    AppServices s;

    @BeforeEach
    void open() {
        s = TestStores.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private ImportReport run(Path file, ImportFormat format, Path mapping, Set<String> ourDomains) throws Exception {
        ImportRequest r = new ImportRequest(file, format, mapping, null, ZoneId.of("Europe/Warsaw"), ourDomains);
        ImportReport report = s.importService().run(Importers.open(r, s.phones()), Importers.size(file),
                file.toString(), format.label(), ImportProgress.NONE);
        s.importService().indexWords(ImportProgress.NONE);
        assertThat(s.importService().wordIndexBacklog()).isZero();
        return report;
    }

    private CustomerHistory only(String query) {
        List<CustomerHit> hits = s.customerService().lookup(query, 5);
        assertThat(hits).isNotEmpty();
        return s.customerService().history(hits.get(0).customerId()).orElseThrow();
    }

    private List<Interaction> timeline(CustomerHistory h) {
        return s.customerService().timeline(TimelineQuery.firstPage(h.customer().id(), 50)).rows();
    }

    @Test
    void jsonLinesImportsTheDocumentedLineAndReportsEveryBadOneWithItsLineNumber() throws Exception {
        Path f = Fixtures.copy("sample.jsonl", dir);
        ImportReport r = run(f, ImportFormat.JSONL, null, Set.of());
        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.newCustomers()).isEqualTo(2);
        assertThat(r.joinedExisting()).isEqualTo(1);
        assertThat(r.problems()).extracting(Problem::line).containsExactly(3L, 4L, 5L, 8L);
        assertThat(r.problems().get(0).reason()).contains("not valid JSON");
        assertThat(r.problems().get(1).reason()).contains("unknown channel \"fax\"");
        assertThat(r.problems().get(2).reason()).contains("started_at");
        assertThat(r.problems().get(3).reason()).contains("not a JSON object");

        CustomerHistory z = only("+48 601 234 567");
        assertThat(z.customer().displayName()).isEqualTo("Zdzisława Wróblewska");
        assertThat(z.customer().language()).isEqualTo("pl");
        assertThat(z.stats().contactsTotal()).isEqualTo(2);
        Interaction first = timeline(z).get(1);
        assertThat(first.channel()).isEqualTo(Channel.PHONE);
        assertThat(first.startedAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
        assertThat(first.agent()).isEqualTo("anna.k");
        assertThat(first.outcome()).isEqualTo("follow-up");
        assertThat(first.sourceSystem()).isEqualTo("crm");
        assertThat(first.sourceId()).isEqualTo("b1");
        assertThat(timeline(z).get(0).startedAt()).isEqualTo(Instant.parse("2026-10-02T08:30:00Z"));
        CustomerHistory jan = only("Jan Novák");
        assertThat(jan.customer().flags()).containsExactly(io.rapport.customer.Flag.VIP);
        assertThat(timeline(jan).get(0).sentiment()).isEqualTo(-1);
    }

    @Test
    void wordsOfImportedContactsBecomeSearchableOnceIndexed() throws Exception {
        Path f = Fixtures.copy("sample.jsonl", dir);
        ImportRequest r = new ImportRequest(f, ImportFormat.JSONL, null, null, ZoneId.of("UTC"), Set.of());
        s.importService().run(Importers.open(r, s.phones()), Files.size(f), "x", "jsonl", ImportProgress.NONE);
        assertThat(s.customerService().lookup("601 234 567", 5)).hasSize(1);
        assertThat(s.importService().wordIndexBacklog()).isPositive();
        assertThat(s.customerService().lookup("zazalenie", 5)).isEmpty();
        assertThat(s.importService().indexWords(ImportProgress.NONE)).isPositive();
        assertThat(s.customerService().lookup("zazalenie", 5)).hasSize(1);
        assertThat(s.importService().wordIndexBacklog()).isZero();
    }

    @Test
    void reImportingTheSameFileAddsNothing() throws Exception {
        Path f = Fixtures.copy("sample.jsonl", dir);
        run(f, ImportFormat.JSONL, null, Set.of());
        long customers = s.customers().count();
        ImportReport again = run(f, ImportFormat.JSONL, null, Set.of());
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(s.customers().count()).isEqualTo(customers);
        assertThat(s.interactions().count()).isEqualTo(3);
    }

    @Test
    void csvWithAMappingFileImportsAndSkipsBadRowsWithReasons() throws Exception {
        Path f = Fixtures.copy("crm.csv", dir);
        Path m = Fixtures.copy("crm-mapping.json", dir);
        ImportReport r = run(f, ImportFormat.CSV, m, Set.of());
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems().get(0).reason()).contains("started_at");
        assertThat(r.problems().get(1).reason()).contains("fields");
        CustomerHistory z = only("601 234 567");
        Interaction i = timeline(z).get(0);
        assertThat(i.body()).isEqualTo("Klientka zgłasza zażalenie; prosi o kontakt");
        assertThat(i.outcome()).isEqualTo("follow-up");
        assertThat(i.startedAt()).isEqualTo(Instant.parse("2026-10-01T07:00:00Z"));
        assertThat(timeline(only("Kowalski")).get(0).body()).isEqualTo("Pyta o fakturę \"korygującą\"");
        assertThat(run(f, ImportFormat.CSV, m, Set.of()).imported()).isZero();
    }

    @Test
    void aWindows1250CsvIsDetectedAndReadCorrectly() throws Exception {
        Path utf = Fixtures.copy("crm.csv", dir);
        Path cp = dir.resolve("crm-1250.csv");
        Files.write(cp, Files.readString(utf, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1250")));
        ImportReport r = run(cp, ImportFormat.CSV, Fixtures.copy("crm-mapping.json", dir), Set.of());
        assertThat(r.note()).contains("windows-1250");
        assertThat(r.imported()).isEqualTo(2);
        assertThat(only("zazalenie").customer().displayName()).isEqualTo("Zdzisława Wróblewska");
    }

    @Test
    void aMappingThatNamesMissingColumnsIsRefusedBeforeAnythingIsRead() throws Exception {
        Path f = Fixtures.copy("crm.csv", dir);
        Path m = Fixtures.copy("crm-mapping-missing.json", dir);
        assertThatThrownBy(() -> run(f, ImportFormat.CSV, m, Set.of()))
                .hasMessageContaining("\"Komórka\"").hasMessageContaining("its columns");
        assertThat(s.interactions().count()).isZero();
    }

    @Test
    void brokenQuotingKeepsTheRowsBeforeItAndSaysWhere() throws Exception {
        Path f = Fixtures.copy("broken-quote.csv", dir);
        Path m = dir.resolve("m.json");
        Files.writeString(m, "{\"dateFormats\":[\"dd.MM.yyyy HH:mm\"],\"columns\":{\"customer.name\":\"Klient\","
                + "\"customer.phones\":\"Telefon\",\"started_at\":\"Data\",\"body\":\"Notatka\"}}");
        ImportReport r = run(f, ImportFormat.CSV, m, Set.of());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.fatal()).contains("line").contains("cannot be read");
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void asteriskMasterCsvInBothDefaultLayouts() throws Exception {
        ImportReport r = run(Fixtures.copy("Master.csv", dir), ImportFormat.CDR, null, Set.of());
        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.problems()).extracting(Problem::reason).anySatisfy(x -> assertThat(x).contains("internal call"))
                .anySatisfy(x -> assertThat(x).contains("fields"));
        CustomerHistory z = only("601234567");
        assertThat(z.customer().displayName()).isEqualTo("Zdzisława Wróblewska");
        Interaction call = timeline(z).get(0);
        assertThat(call.direction()).isEqualTo(Direction.INBOUND);
        assertThat(call.agent()).isEqualTo("anna");
        assertThat(call.endedAt()).isEqualTo(Instant.parse("2026-10-05T07:19:12Z"));
        Interaction missed = timeline(only("+48 777 123 456")).get(0);
        assertThat(missed.outcome()).isEqualTo("no-answer");
        Interaction out = timeline(only("+48 501 222 333")).get(0);
        assertThat(out.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(out.sourceId()).isEqualTo("1696500000.7");

        ImportReport custom = run(Fixtures.copy("Master-custom.csv", dir), ImportFormat.CDR, null, Set.of());
        assertThat(custom.imported()).isEqualTo(1);
        CustomerHistory j = only("+49 151 23456789");
        assertThat(j.customer().displayName()).isEqualTo("Jürgen Weiß");
        assertThat(timeline(j).get(0).agent()).isEqualTo("tomasz");
        assertThat(run(Fixtures.copy("Master.csv", dir), ImportFormat.CDR, null, Set.of()).imported()).isZero();
    }

    @Test
    void mboxWithEncodingsCharsetsRepliesAndATruncatedEnd() throws Exception {
        ImportReport r = run(Fixtures.copy("mail.mbox", dir), ImportFormat.MBOX, null, Set.of("nordvik.pl"));
        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.problems().get(0).reason()).contains("message 5");
        CustomerHistory z = only("z.wroblewska@example.pl");
        assertThat(z.customer().displayName()).isEqualTo("Zdzisława Wróblewska");
        List<Interaction> mails = timeline(z);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(mails.get(0).agent()).isEqualTo("anna.k");
        assertThat(mails.get(1).subject()).isEqualTo("Reklamacja – opóźnienie");
        assertThat(mails.get(1).body()).contains("Złożyłam zażalenie").contains("From the courier")
                .doesNotContain("HTML version");
        Interaction cz = timeline(only("jan@seznam.cz")).get(0);
        assertThat(cz.subject()).isEqualTo("Vrácení peněz");
        assertThat(cz.body()).contains("příští týden");
        assertThat(only("jan@seznam.cz").customer().displayName()).isEqualTo("Jan Novák");
        assertThat(timeline(only("ewa@wp.pl")).get(0).body()).contains("złożyłam zażalenie");
        assertThat(run(Fixtures.copy("mail.mbox", dir), ImportFormat.MBOX, null, Set.of("nordvik.pl")).imported())
                .isZero();
    }

    @Test
    void aFolderOfEmlFilesWithHtmlOnlyAndANonEmail() throws Exception {
        Fixtures.copy("eml/001.eml", dir);
        Fixtures.copy("eml/002.eml", dir);
        ImportReport r = run(dir.resolve("eml"), ImportFormat.EML, null, Set.of());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("002.eml"));
        Interaction i = timeline(only("klaus.weber@gmx.de")).get(0);
        assertThat(i.subject()).isEqualTo("Rücksendung");
        assertThat(i.body()).isEqualTo("Ich wohne in der Hauptstraße 3.\n\nGrüße");
        assertThat(only("hauptstrasse").customer().displayName()).isEqualTo("Klaus Weber");
    }

    @Test
    void binaryGarbageStopsEarlyWithAClearMessageAndStoresNothing() throws Exception {
        Path f = dir.resolve("garbage.jsonl");
        byte[] bytes = new byte[300_000];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(f, bytes);
        ImportReport r = run(f, ImportFormat.JSONL, null, Set.of());
        assertThat(r.imported()).isZero();
        assertThat(r.fatal()).contains("does not look like");
        assertThat(s.interactions().count()).isZero();
    }

    @Test
    void aCancelledImportKeepsWhatItFinishedAndCanBeResumed() throws Exception {
        Path f = dir.resolve("many.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            b.append("{\"customer\":{\"name\":\"C").append(i % 100).append("\",\"phones\":[\"+48 600 000 ")
                    .append(String.format("%03d", i % 100)).append("\"]},\"channel\":\"phone\",\"started_at\":"
                    + "\"2026-10-01T09:00:00Z\",\"source_system\":\"t\",\"source_id\":\"").append(i).append("\"}\n");
        }
        Files.writeString(f, b);
        ImportRequest req = new ImportRequest(f, ImportFormat.JSONL, null, null, ZoneId.of("UTC"), Set.of());
        ImportReport r = s.importService().run(Importers.open(req, s.phones()), Files.size(f), "many", "jsonl",
                new ImportProgress() {
                    long seen;

                    @Override
                    public void update(long done, long total, long records) {
                        seen = records;
                    }

                    @Override
                    public boolean isCancelled() {
                        return seen >= ImportService.BATCH;
                    }
                });
        assertThat(r.isCancelled()).isTrue();
        long kept = s.interactions().count();
        assertThat(kept).isEqualTo(r.imported()).isPositive().isLessThan(12_000);
        ImportReport rest = s.importService().run(Importers.open(req, s.phones()), Files.size(f), "many", "jsonl",
                ImportProgress.NONE);
        assertThat(rest.imported() + kept).isEqualTo(12_000);
        assertThat(rest.duplicates()).isEqualTo(kept);
        assertThat(s.customers().count()).isEqualTo(100);
    }
}
