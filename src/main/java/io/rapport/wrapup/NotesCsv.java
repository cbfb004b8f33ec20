package io.rapport.wrapup;

import io.rapport.customer.Amendment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Notes as CSV (RFC 4180, UTF-8, one row per note, a header row). Times are local to the
 * exporting desk's time zone in ISO form so spreadsheets sort them; amendments are one column.
 */
final class NotesCsv implements AutoCloseable {
    static final String[] HEADER = {"note_id", "submitted_at", "agent", "customer_id", "customer", "channel",
        "contact_started_at", "contact_ended_at", "reason", "detail", "disposition", "status", "summary", "next_steps",
        "follow_up_due", "follow_up_owner", "sentiment", "tags", "acw_seconds", "redacted", "amendments"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CSVPrinter printer;
    private final ZoneId zone;
    private final DispositionTree tree;
    private final String language;

    NotesCsv(Writer out, ZoneId zone, DispositionTree tree, String language) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
        this.zone = zone;
        this.tree = tree;
        this.language = language;
    }

    void write(Note n) {
        List<String> amendments = new ArrayList<>();
        for (Amendment a : n.amendments()) {
            amendments.add(time(a.createdAt()) + " " + a.agent() + ": " + a.text());
        }
        try {
            printer.printRecord(n.id(), time(n.submittedAt()), n.agent(), n.customerId(), n.customerName(),
                    n.channel().code(), time(n.contactStartedAt()), time(n.contactEndedAt()), n.reason(),
                    n.detail() == null ? "" : n.detail(), tree.describe(n.reason(), n.detail(), language),
                    n.status().code(), n.summary(), n.nextSteps() == null ? "" : n.nextSteps(),
                    n.followUpDue() == null ? "" : n.followUpDue().toString(),
                    n.followUpOwner() == null ? "" : n.followUpOwner(), n.sentiment() == null ? "" : n.sentiment(),
                    String.join(", ", n.tags()), n.acwSeconds(), n.redactions().isEmpty() ? ""
                            : n.redactions().toString().replaceAll("[{}]", ""), String.join(" | ", amendments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
