package io.rapport.cli;

import io.rapport.importer.ImportFormat;
import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportReport;
import io.rapport.importer.ImportRequest;
import io.rapport.importer.Importers;
import io.rapport.importer.RecordReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rapport import}: brings interactions in from other systems. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import interactions: JSON Lines, CSV with a column mapping, Asterisk Master.csv, "
                + "mbox or .eml. Re-importing the same file adds nothing twice.",
            "Ctrl+C stops at a safe point; what was imported stays, and running the same import again continues."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RapportCommand root;

    @Parameters(paramLabel = "FILE", description = "The file (or, for eml, a folder of .eml files).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, csv, cdr, mbox or eml (default: from the file name).")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "CSV column mapping (JSON, see README).")
    Path mapping;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of CSV or CDR files (default: UTF-8 if valid, else windows-1250).")
    String encoding;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Time zone of times written without one (default: this computer's).")
    String timezone;

    @Option(names = "--our-domain", paramLabel = "DOMAIN",
            description = "E-mail domain of your company: messages from it are outbound replies.")
    List<String> ourDomains;

    @Override
    public Integer call() throws Exception {
        ImportFormat f = format != null ? ImportFormat.parse(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown format \"" + format + "\" (use jsonl, csv, cdr, mbox or eml)"))
                : ImportFormat.guess(file).orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + file.getFileName() + " from its name: use --format"));
        Charset cs = encoding == null ? null : charset(encoding);
        ZoneId zone = timezone == null ? ZoneId.systemDefault() : ZoneId.of(timezone);
        Set<String> domains = new HashSet<>();
        if (ourDomains != null) {
            ourDomains.forEach(d -> domains.add(d.toLowerCase(Locale.ROOT).replaceFirst("^@", "")));
        }
        var services = root.services();
        RecordReader reader = Importers.open(new ImportRequest(file, f, mapping, cs, zone, domains), services.phones());
        long total = Importers.size(file);
        try (Interrupts cancel = Interrupts.watch(Thread.currentThread())) {
            return run(services, reader, total, f, cancel);
        }
    }

    private Integer run(io.rapport.app.AppServices services, RecordReader reader, long total, ImportFormat f,
            Interrupts cancel) {
        ProgressLine line = new ProgressLine(System.err, "importing " + file.getFileName());
        ImportReport report = services.importService().run(reader, total, file.toString(), f.label(),
                new ImportProgress() {
                    @Override
                    public void update(long done, long all, long records) {
                        line.update(done, all, String.format("%,d records", records));
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancel.isCancelled();
                    }
                });
        line.done();
        System.out.print(report.toText());
        System.out.flush();
        if (!cancel.isCancelled() && services.importService().wordIndexBacklog() > 0) {
            ProgressLine idx = new ProgressLine(System.err, "indexing words");
            long t0 = System.nanoTime();
            long n = services.importService().indexWords(new ImportProgress() {
                @Override
                public void update(long done, long all, long records) {
                    idx.update(done, all, null);
                }

                @Override
                public boolean isCancelled() {
                    return cancel.isCancelled();
                }
            });
            idx.done();
            System.out.printf("  words      %,d interactions indexed for word search in %.1f s%s%n", n,
                    (System.nanoTime() - t0) / 1e9, cancel.isCancelled() ? " (stopped; continues next time)" : "");
        }
        if (report.isCancelled()) {
            return 130;
        }
        if (report.fatal() != null) {
            System.err.println("rapport import: " + report.fatal());
            return 1;
        }
        return 0;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding \"" + name + "\"");
        }
    }
}
