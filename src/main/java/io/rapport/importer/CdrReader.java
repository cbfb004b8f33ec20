package io.rapport.importer;

import io.rapport.customer.Channel;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Direction;
import io.rapport.customer.InteractionDraft;
import io.rapport.text.PhoneNumbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Asterisk's {@code Master.csv}, with no header, as cdr_csv writes it by default (16 columns,
 * optionally uniqueid, userfield and the newcdrcolumns) and as cdr_custom's sample mapping writes
 * it (clid first, 19 columns). Each call with an outside number becomes a phone interaction of
 * the customer with that number.
 */
public final class CdrReader implements RecordReader {
    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern CLID = Pattern.compile("^\\s*\"?([^\"<]*)\"?\\s*<([^>]*)>\\s*$");
    private static final Pattern UNIQUEID = Pattern.compile("^\\d+\\.\\d+$");
    private static final Pattern PEER = Pattern.compile("^[A-Za-z0-9]+/([^-@/]+)");

    private final CountingInputStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ZoneId zone;
    private final PhoneNumbers phones;
    private final String note;

    public CdrReader(Path file, Charset forcedCharset, ZoneId zone, PhoneNumbers phones) throws IOException {
        Charset cs = forcedCharset != null ? forcedCharset : Encodings.detect(file);
        this.counter = new CountingInputStream(Files.newInputStream(file));
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(new BufferedReader(
                new InputStreamReader(counter, cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16));
        this.records = parser.iterator();
        this.zone = zone;
        this.phones = phones;
        this.note = "encoding " + cs.name() + ", times in " + zone;
    }

    /** Column positions of one layout. */
    private record Layout(String name, int clid, int src, int dst, int context, int channel, int dstChannel,
            int lastApp, int lastData, int start, int answer, int end, int billsec, int disposition) {
    }

    private static final Layout CSV = new Layout("cdr_csv", 4, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14);
    private static final Layout CUSTOM = new Layout("cdr_custom", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13);

    @Override
    public ImportRecord next(Consumer<Problem> problems) throws IOException {
        while (true) {
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new IOException("line " + parser.getCurrentLineNumber() + ": the file cannot be read past "
                        + "this point (" + e.getMessage() + "); the calls before it were imported");
            }
            long line = parser.getCurrentLineNumber();
            try {
                ImportRecord rec = toRecord(line, r);
                if (rec != null) {
                    return rec;
                }
            } catch (InvalidRecord e) {
                problems.accept(new Problem(line, e.getMessage()));
            }
        }
    }

    private ImportRecord toRecord(long line, CSVRecord r) {
        List<String> f = r.toList();
        if (f.size() < 16) {
            throw new InvalidRecord("has " + f.size() + " fields; a Master.csv row has at least 16");
        }
        // cdr_custom has start, answer, end in columns 9-11; cdr_csv has lastdata in 9 (never a bare time)
        Layout l = isTime(f.get(8)) ? CUSTOM : isTime(f.get(9)) ? CSV : null;
        if (l == null) {
            throw new InvalidRecord("no start time in column 10 (cdr_csv) or 9 (cdr_custom)");
        }
        String src = f.get(l.src());
        String dst = f.get(l.dst());
        boolean srcOutside = isOutside(src);
        boolean dstOutside = isOutside(dst);
        if (!srcOutside && !dstOutside) {
            throw new InvalidRecord("internal call between " + blankAs(src) + " and " + blankAs(dst)
                    + " (no outside number), skipped");
        }
        boolean inbound = srcOutside;
        String number = inbound ? src : dst;
        Matcher m = CLID.matcher(f.get(l.clid()));
        String name = null;
        if (inbound && m.matches()) {
            String n = m.group(1).strip();
            if (!n.isEmpty() && PhoneNumbers.digits(n).length() < 4) {
                name = n;
            }
        }
        String agent = peer(inbound ? f.get(l.dstChannel()) : f.get(l.channel()));
        Instant start = time(f.get(l.start()));
        String endText = f.get(l.end());
        Instant end = endText.isBlank() ? null : time(endText);
        String disposition = f.get(l.disposition()).strip().toUpperCase(Locale.ROOT);
        String outcome;
        switch (disposition) {
            case "ANSWERED":
                outcome = null;
                break;
            case "NO ANSWER":
                outcome = "no-answer";
                break;
            case "BUSY":
                outcome = "busy";
                break;
            default:
                outcome = disposition.isEmpty() ? null : "failed";
        }
        String uniqueId = uniqueId(f);
        String body = disposition + " · " + billed(f.get(l.billsec())) + " · " + f.get(l.context())
                + (f.get(l.lastApp()).isBlank() ? "" : " · " + f.get(l.lastApp()) + "(" + f.get(l.lastData()) + ")");
        CustomerDraft customer = CustomerDraft.named(name).withPhones(List.of(number));
        InteractionDraft interaction = new InteractionDraft(Channel.PHONE,
                inbound ? Direction.INBOUND : Direction.OUTBOUND, start, end, agent, null, body, outcome, null, null,
                null, "asterisk", uniqueId != null ? uniqueId : Hashes.sha1(String.join("\u001f", f)));
        return new ImportRecord(line, customer, interaction);
    }

    private static String uniqueId(List<String> f) {
        int idx = 16; // cdr_csv with loguniqueid, and cdr_custom's sample mapping
        if (f.size() > idx && UNIQUEID.matcher(f.get(idx)).matches()) {
            return f.get(idx);
        }
        return null;
    }

    private boolean isOutside(String number) {
        return number != null && PhoneNumbers.digits(number).length() >= 7 && phones.normalise(number).isPresent();
    }

    private static String blankAs(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
    }

    private static String peer(String channel) {
        Matcher m = PEER.matcher(channel == null ? "" : channel);
        return m.find() ? m.group(1) : null;
    }

    private static String billed(String seconds) {
        try {
            int s = Integer.parseInt(seconds.strip());
            return String.format("%d:%02d", s / 60, s % 60);
        } catch (NumberFormatException e) {
            return seconds;
        }
    }

    private static boolean isTime(String s) {
        try {
            LocalDateTime.parse(s.strip(), CDR_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Instant time(String s) {
        try {
            return LocalDateTime.parse(s.strip(), CDR_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRecord("\"" + s + "\" is not a CDR time (yyyy-MM-dd HH:mm:ss)");
        }
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
