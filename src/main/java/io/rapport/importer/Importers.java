package io.rapport.importer;

import io.rapport.text.PhoneNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Opens the right {@link RecordReader} for a request, with messages that name what is wrong. */
public final class Importers {
    private Importers() {
    }

    public static RecordReader open(ImportRequest r, PhoneNumbers phones) throws IOException {
        return open(r, phones, null);
    }

    /** As above; a CSV import uses {@code csvMapping} when given (the mapping dialog's), else the request's file. */
    public static RecordReader open(ImportRequest r, PhoneNumbers phones, CsvMapping csvMapping) throws IOException {
        Path f = r.file();
        if (!Files.exists(f)) {
            throw new IllegalArgumentException(f + " does not exist");
        }
        if (!Files.isReadable(f)) {
            throw new IllegalArgumentException(f + " cannot be read (permissions?)");
        }
        if (Files.isDirectory(f) && r.format() != ImportFormat.EML) {
            throw new IllegalArgumentException(f + " is a folder; only --format eml imports a folder of .eml files");
        }
        switch (r.format()) {
            case JSONL:
                return new JsonLinesReader(Files.newInputStream(f), r.zone(), "import");
            case CSV:
                if (csvMapping == null && r.mapping() == null) {
                    throw new IllegalArgumentException("CSV needs a column mapping: --mapping FILE (see README)");
                }
                return new CsvReader(f, csvMapping != null ? csvMapping : CsvMapping.load(r.mapping()), r.encoding(),
                        r.zone(), "csv:" + f.getFileName());
            case CDR:
                return new CdrReader(f, r.encoding(), r.zone(), phones);
            case MBOX:
                return MailReader.mbox(f, r.ourDomains());
            case EML:
                return MailReader.eml(f, r.ourDomains());
            default:
                throw new IllegalArgumentException("unknown format " + r.format());
        }
    }

    /** Total bytes to read, for progress. */
    public static long size(Path f) throws IOException {
        if (!Files.isDirectory(f)) {
            return Files.size(f);
        }
        long total = 0;
        try (Stream<Path> s = Files.list(f)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            }
        }
        return total;
    }
}
