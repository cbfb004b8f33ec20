package io.rapport.importer;

import io.rapport.customer.Channel;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Direction;
import io.rapport.customer.Gender;
import io.rapport.customer.InteractionDraft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV export with a header row, read through a {@link CsvMapping}. */
public final class CsvReader implements RecordReader {
    private final CountingInputStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvMapping mapping;
    private final ZoneId zone;
    private final List<String> header;
    private final String note;
    private final String sourceSystem;

    public CsvReader(Path file, CsvMapping mapping, Charset forcedCharset, ZoneId zone, String sourceSystem)
            throws IOException {
        Charset cs = forcedCharset != null ? forcedCharset
                : mapping.encoding() != null ? Encodings.named(mapping.encoding()) : Encodings.detect(file);
        char delimiter = mapping.delimiter() != null ? mapping.delimiter() : sniffDelimiter(file, cs);
        this.counter = new CountingInputStream(Files.newInputStream(file));
        InputStreamReader r = new InputStreamReader(counter, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.parser = format(delimiter).parse(new BufferedReader(r, 1 << 16));
        this.header = new ArrayList<>(parser.getHeaderNames());
        List<String> missing = mapping.missingColumns(header);
        if (!missing.isEmpty()) {
            parser.close();
            throw new IllegalArgumentException("the mapping names column" + (missing.size() > 1 ? "s " : " ")
                    + quoteAll(missing) + " which " + file.getFileName() + " does not have (its columns: "
                    + quoteAll(header) + ")");
        }
        this.records = parser.iterator();
        this.mapping = mapping;
        this.zone = mapping.timezone() != null ? ZoneId.of(mapping.timezone()) : zone;
        this.note = "encoding " + cs.name() + ", delimiter '" + (delimiter == '\t' ? "\\t" : delimiter) + "'";
        String ss = mapping.defaults().get("source_system");
        this.sourceSystem = ss != null ? ss : sourceSystem;
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get();
    }

    private static String quoteAll(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names) {
            q.add("\"" + n + "\"");
        }
        return String.join(", ", q);
    }

    /** The delimiter that splits the header line into the most columns: ; , tab or |. */
    static char sniffDelimiter(Path file, Charset cs) throws IOException {
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, cs)) {
            first = r.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            first = null;
        }
        if (first == null) {
            return ',';
        }
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** The header and first rows of a CSV file, for the mapping dialog's preview. */
    public static List<List<String>> preview(Path file, int rows) throws IOException {
        Charset cs = Encodings.detect(file);
        char d = sniffDelimiter(file, cs);
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                CSVParser p = format(d).parse(new InputStreamReader(in, cs))) {
            out.add(new ArrayList<>(p.getHeaderNames()));
            for (CSVRecord r : p) {
                if (out.size() > rows) {
                    break;
                }
                out.add(r.toList());
            }
        } catch (UncheckedIOException e) {
            // a broken row after the first few: the preview shows what could be read
        }
        return out;
    }

    public List<String> header() {
        return header;
    }

    @Override
    public ImportRecord next(Consumer<Problem> problems) throws IOException {
        while (true) {
            CSVRecord rec;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                rec = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                long line = parser.getCurrentLineNumber();
                throw new IOException("line " + line + ": the CSV cannot be read past this point ("
                        + rootMessage(e) + "); the rows before it were imported");
            }
            long line = parser.getCurrentLineNumber();
            if (!rec.isConsistent()) {
                problems.accept(new Problem(line, "has " + rec.size() + " fields, the header has " + header.size()));
                continue;
            }
            try {
                return new ImportRecord(line, customer(rec), interaction(rec));
            } catch (InvalidRecord e) {
                problems.accept(new Problem(line, e.getMessage()));
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private String get(CSVRecord rec, String field) {
        List<String> cols = mapping.columns().get(field);
        String v = null;
        if (cols != null) {
            StringBuilder b = new StringBuilder();
            for (String c : cols) {
                String x = rec.isMapped(c) ? rec.get(c) : null;
                if (x != null && !x.isBlank()) {
                    if (b.length() > 0) {
                        b.append("body".equals(field) ? "\n" : " ");
                    }
                    b.append(x.strip());
                }
            }
            v = b.length() == 0 ? null : b.toString();
        }
        if (v == null) {
            v = mapping.defaults().get(field);
        }
        return mapping.translate(field, v);
    }

    private List<String> all(CSVRecord rec, String field) {
        List<String> out = new ArrayList<>();
        for (String c : mapping.columns().getOrDefault(field, List.of())) {
            String x = rec.isMapped(c) ? rec.get(c) : null;
            if (x != null && !x.isBlank()) {
                for (String part : x.split("[,;]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private CustomerDraft customer(CSVRecord rec) {
        List<String> phones = all(rec, "customer.phones");
        List<String> emails = all(rec, "customer.emails");
        String name = get(rec, "customer.name");
        String given = get(rec, "customer.given_name");
        String family = get(rec, "customer.family_name");
        if (name == null && given == null && family == null && phones.isEmpty() && emails.isEmpty()) {
            throw new InvalidRecord("no customer name, phone or e-mail");
        }
        String g = get(rec, "customer.gender");
        Gender gender = g == null ? null : Gender.parse(g).orElseThrow(
                () -> new InvalidRecord("unknown gender \"" + g + "\""));
        return new CustomerDraft(name, given, family, gender, get(rec, "customer.formal_address"),
                get(rec, "customer.language"), Set.of(), phones, emails, get(rec, "customer.customer_number"),
                Map.of(), null, null);
    }

    private InteractionDraft interaction(CSVRecord rec) {
        String ch = get(rec, "channel");
        Channel channel = ch == null ? Channel.NOTE : Channel.parse(ch).orElseThrow(
                () -> new InvalidRecord("unknown channel \"" + ch + "\" (map it in \"values\")"));
        String dir = get(rec, "direction");
        Direction direction = dir == null ? (channel == Channel.NOTE ? Direction.INTERNAL : Direction.INBOUND)
                : Direction.parse(dir).orElseThrow(() -> new InvalidRecord("unknown direction \"" + dir + "\""));
        String startedText = get(rec, "started_at");
        if (startedText == null) {
            throw new InvalidRecord("no date in the started_at column");
        }
        Instant started = Timestamps.parse(startedText, zone, mapping.dateFormats());
        String endedText = get(rec, "ended_at");
        Instant ended = endedText == null ? null : Timestamps.parse(endedText, zone, mapping.dateFormats());
        String sourceId = get(rec, "source_id");
        if (sourceId == null) {
            sourceId = Hashes.sha1(String.join("\u001f", rec.toList()));
        }
        return new InteractionDraft(channel, direction, started, ended, get(rec, "agent"), get(rec, "subject"),
                get(rec, "body"), get(rec, "outcome"), Sentiments.parse(get(rec, "sentiment")), get(rec, "topic"),
                get(rec, "order_number"), sourceSystem, sourceId);
    }

    @Override
    public long position() {
        return counter.count();
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
