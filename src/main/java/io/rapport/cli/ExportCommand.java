package io.rapport.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rapport export notes --from --to}: submitted wrap-up notes as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data from the local store.",
        subcommands = {ExportCommand.Notes.class})
final class ExportCommand implements Runnable {
    @ParentCommand
    RapportCommand root;

    @Override
    public void run() {
        throw new IllegalArgumentException("say what to export: rapport export notes --from DATE --to DATE");
    }

    @Command(name = "notes", mixinStandardHelpOptions = true,
            description = {"Write the wrap-up notes submitted between two dates (inclusive, local time) as CSV "
                    + "(RFC 4180, UTF-8, header row): who, when, customer, channel, disposition, status, summary, "
                    + "next steps, follow-up, sentiment, tags, after-call seconds, what was redacted, amendments."})
    static final class Notes implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
        String to;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here (default: standard output).")
        Path out;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
                description = "Language of the disposition labels: en, pl, cs or de (default: ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() throws Exception {
            LocalDate f = date(from, "--from");
            LocalDate t = date(to, "--to");
            var services = export.root.services();
            int n;
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                n = services.wrapUp().exportNotes(f, t, ZoneId.systemDefault(), w, lang);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = services.wrapUp().exportNotes(f, t, ZoneId.systemDefault(), w, lang);
                }
            }
            System.err.printf("%d note(s) from %s to %s%s%n", n, f, t, out == null ? "" : " written to " + out);
            return 0;
        }

        private static LocalDate date(String s, String option) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " \"" + s + "\" is not a date like 2026-11-23");
            }
        }
    }
}
