package io.rapport.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did: interactions imported, how many joined existing customers, customers
 * created, duplicates already in the store, and every skipped record with line and reason.
 */
public final class ImportReport {
    static final int MAX_PROBLEMS_KEPT = 1000;

    private final String source;
    private final String format;
    private long imported;
    private long joinedExisting;
    private long newCustomers;
    private long duplicates;
    private long skipped;
    private final List<Problem> problems = new ArrayList<>();
    private boolean cancelled;
    private String fatal;
    private String note;
    private long millis;

    ImportReport(String source, String format) {
        this.source = source;
        this.format = format;
    }

    void imported(boolean joined, boolean created) {
        imported++;
        if (joined) {
            joinedExisting++;
        }
        if (created) {
            newCustomers++;
        }
    }

    void duplicate() {
        duplicates++;
    }

    void skip(Problem p) {
        skipped++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(p);
        }
    }

    void cancelled() {
        cancelled = true;
    }

    void fatal(String message) {
        fatal = message;
    }

    void note(String n) {
        note = n;
    }

    void millis(long ms) {
        millis = ms;
    }

    public String source() {
        return source;
    }

    public String format() {
        return format;
    }

    public long imported() {
        return imported;
    }

    public long joinedExisting() {
        return joinedExisting;
    }

    public long newCustomers() {
        return newCustomers;
    }

    public long duplicates() {
        return duplicates;
    }

    public long skipped() {
        return skipped;
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Why the import stopped early, or null if it read the whole source. */
    public String fatal() {
        return fatal;
    }

    public String note() {
        return note;
    }

    public long millis() {
        return millis;
    }

    public boolean isComplete() {
        return !cancelled && fatal == null;
    }

    /** A plain-text report for the command line. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(source).append(" (").append(format).append(")\n");
        if (note != null) {
            b.append("  ").append(note).append('\n');
        }
        b.append(String.format("  imported   %,d interactions in %.1f s%n", imported, millis / 1000.0));
        b.append(String.format("  merged     %,d joined customers already in the store%n", joinedExisting));
        b.append(String.format("  new        %,d customers created%n", newCustomers));
        b.append(String.format("  duplicates %,d already imported, not added again%n", duplicates));
        b.append(String.format("  skipped    %,d%n", skipped));
        for (Problem p : problems) {
            b.append("    ").append(p).append('\n');
        }
        if (skipped > problems.size()) {
            b.append(String.format("    … and %,d more%n", skipped - problems.size()));
        }
        if (cancelled) {
            b.append("  CANCELLED: what was imported before is kept; run the same import again to continue "
                    + "(imported records are recognised and not duplicated)\n");
        }
        if (fatal != null) {
            b.append("  STOPPED: ").append(fatal).append('\n');
        }
        return b.toString();
    }
}
