package io.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless face: exit codes, one-line errors, output a script can use. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        RapportCommand root = new RapportCommand(() -> {
            throw new AssertionError("the window must not open in a test");
        });
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = Cli.create(root);
            cl.setErr(new PrintWriter(err, true));
            String[] full = new String[args.length + 2];
            full[0] = "--data-dir";
            full[1] = dir.resolve("data").toString();
            System.arraycopy(args, 0, full, 2, args.length);
            int code = cl.execute(full);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            root.close();
            System.setOut(oldOut);
        }
    }

    @Test
    void importThenLookupAsJson() throws Exception {
        Path f = Fixtures.copy("sample.jsonl", dir);
        Result imp = run("import", f.toString());
        assertThat(imp.code()).isZero();
        assertThat(imp.out()).contains("imported   3 interactions").contains("line 3:");
        Result look = run("lookup", "--json", "0048", "601", "234", "567");
        assertThat(look.code()).isZero();
        assertThat(look.out()).contains("\"name\" : \"Zdzisława Wróblewska\"").contains("\"match\" : \"phone\"");
        Result text = run("lookup", "zazalenie");
        assertThat(text.out()).contains("Zdzisława Wróblewska").contains("zażalenie");
    }

    @Test
    void failuresExitNonZeroWithOneLineSayingWhat() {
        Result missing = run("import", dir.resolve("nope.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("does not exist");
        Result format = run("import", "--format", "xls", dir.toString());
        assertThat(format.code()).isEqualTo(1);
        assertThat(format.err()).contains("unknown format \"xls\"");
        Result usage = run("lookup");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("QUERY");
        Result csv = run("import", "--format", "csv", dir.toString() + "/x.csv");
        assertThat(csv.code()).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"lookup", "import", "demo", "backup", "check", "customers", "screenshots",
            "bench", "coach", "templates", "phrasebook", "redact", "export", "dispositions", "hub"}) {
            Result r = run(cmd, "--help");
            assertThat(r.code()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: rapport " + cmd);
        }
    }

    @Test
    void demoBackupAndCheck() throws Exception {
        Result demo = run("demo", "--customers", "30", "--interactions", "120");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("30 customers, 120 interactions");
        Path copy = dir.resolve("copy.db");
        assertThat(run("backup", copy.toString()).code()).isZero();
        assertThat(Files.size(copy)).isPositive();
        assertThat(run("backup", copy.toString()).err()).contains("--force");
        Result check = run("check");
        assertThat(check.out()).contains("integrity  ok").contains("contacts   120");
    }

    @Test
    void duplicatesMergeAndUndoFromTheCommandLine() throws Exception {
        Path f = dir.resolve("d.jsonl");
        Files.writeString(f, "{\"customer\":{\"name\":\"Jana Nováková\",\"phones\":[\"+420777111222\"]},"
                + "\"channel\":\"phone\",\"started_at\":\"2026-01-01T10:00:00Z\"}\n"
                + "{\"customer\":{\"name\":\"Jana Novakova\",\"emails\":[\"jana@email.cz\"]},"
                + "\"channel\":\"email\",\"started_at\":\"2026-01-02T10:00:00Z\"}\n");
        run("import", f.toString());
        Result dups = run("customers", "duplicates");
        String[] cols = dups.out().strip().split("\\s+");
        String a = cols[cols.length - 2];
        String b = cols[cols.length - 1];
        Result merged = run("customers", "merge", a, b);
        assertThat(merged.code()).isZero();
        String mergeId = merged.out().strip().substring(merged.out().strip().lastIndexOf(' ') + 1);
        assertThat(run("lookup", "jana@email.cz").out()).contains(a);
        assertThat(run("customers", "undo-merge", mergeId).code()).isZero();
        assertThat(run("lookup", "jana@email.cz").out()).contains(b);
    }

    @Test
    void redactPrintsWhatANoteWouldStoreAndWhatWasRemoved() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Klient podał kartę 4111-1111-1111-1111, CVV 123, PESEL 44051401359, "
                + "zamówienie ZAM/2025/004512, tel. +48 601 234 567, 11.03.2025.\n", StandardCharsets.UTF_8);
        Result json = run("redact", "--json", f.toString());
        assertThat(json.code()).isZero();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(root.path("text").asText()).contains("[card •••• 1111 removed]").contains("[CVV removed]")
                .contains("[PESEL removed]").contains("ZAM/2025/004512").contains("+48 601 234 567")
                .contains("11.03.2025").doesNotContain("4111-1111").doesNotContain("44051401359");
        assertThat(root.path("counts").path("card").asInt()).isEqualTo(1);
        assertThat(root.path("removed")).hasSize(3);
        Result plain = run("redact", f.toString());
        assertThat(plain.out()).startsWith("Klient podał kartę [card •••• 1111 removed]");
        assertThat(run("redact", dir.resolve("missing.txt").toString()).code()).isNotZero();
    }

    @Test
    void exportNotesWritesCsvForTheDateRange() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        try (var s = io.rapport.support.TestStores.open(dir.resolve("data"))) {
            String id = io.rapport.support.TestStores.customerWith(s, io.rapport.support.TestStores.customer(
                    "Jana Nováková", java.util.List.of("+420 777 123 456"), java.util.List.of()), "Balík nedorazil");
            var w = s.wrapUp();
            var d = w.open(new io.rapport.wrapup.Contact(id, io.rapport.customer.Channel.PHONE,
                    io.rapport.customer.Direction.INBOUND, java.time.Instant.now().minusSeconds(300), null));
            w.submit(d.id(), new io.rapport.wrapup.WrapUpFields("delivery", "delivery.late", "resolved",
                    "Kurýr nedorazil, nový termín v pátek dopoledne.", "", "", "", 4, "kurýr"), today);
        }
        Path out = dir.resolve("notes.csv");
        Result r = run("export", "notes", "--from", today.minusDays(7).toString(), "--to", today.toString(),
                "--lang", "cs", "--out", out.toString());
        assertThat(r.code()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("note_id,submitted_at,agent").contains("Kurýr nedorazil, nový termín v pátek")
                .contains("Doručení › Zpožděná zásilka").contains("Jana Nováková");
        Result bad = run("export", "notes", "--from", "yesterday", "--to", today.toString());
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--from").contains("not a date");
    }

    @Test
    void hubCommandsSayWhatIsMissing() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("RAPPORT_HUB_URL") == null);
        Result r = run("hub", "add-user", "anna", "--role", "agent");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no hub URL").doesNotContain("Exception");
        Result role = run("hub", "add-user", "anna", "--role", "boss", "--url", "jdbc:postgresql://127.0.0.1:1/x");
        assertThat(role.code()).isNotZero();
    }
}
