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
        for (String cmd : new String[] {"lookup", "import", "demo", "backup", "check", "customers", "screenshots"}) {
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
}
