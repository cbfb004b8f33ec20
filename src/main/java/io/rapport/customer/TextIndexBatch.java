package io.rapport.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text entries of the interactions written in one transaction. Immediate mode writes them
 * at the end of the batch (FTS5 is several times faster when its inserts are not interleaved
 * with other tables'); deferred mode, for bulk imports, only records the batch's range in the
 * backlog, which {@link TextIndexStore} indexes in the background.
 */
public final class TextIndexBatch {
    private final boolean deferred;
    private final List<Long> rowids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Long> customerRowids = new ArrayList<>();
    private final List<String> customerNames = new ArrayList<>();
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    private TextIndexBatch(boolean deferred) {
        this.deferred = deferred;
    }

    public static TextIndexBatch immediate() {
        return new TextIndexBatch(false);
    }

    public static TextIndexBatch deferred() {
        return new TextIndexBatch(true);
    }

    void add(long rowid, String subject, String body) {
        first = Math.min(first, rowid);
        last = Math.max(last, rowid);
        if (!deferred) {
            rowids.add(rowid);
            texts.add(InteractionStore.indexText(subject, body));
        }
    }

    void addCustomer(long rowid, String foldedName) {
        customerRowids.add(rowid);
        customerNames.add(foldedName);
    }

    /** The lowest and highest customer seq added since the last flush, or null if none. */
    public long[] customerRange() {
        if (customerRowids.isEmpty()) {
            return null;
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long r : customerRowids) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        return new long[] {lo, hi};
    }

    /** The lowest and highest interaction seq added since the last flush, or null if none. */
    public long[] range() {
        return first <= last ? new long[] {first, last} : null;
    }

    boolean isDeferred() {
        return deferred;
    }

    List<Long> rowids() {
        return rowids;
    }

    List<String> texts() {
        return texts;
    }

    List<Long> customerRowids() {
        return customerRowids;
    }

    List<String> customerNames() {
        return customerNames;
    }

    /** Empties the batch after it was written. */
    void clear() {
        rowids.clear();
        texts.clear();
        customerRowids.clear();
        customerNames.clear();
        first = Long.MAX_VALUE;
        last = Long.MIN_VALUE;
    }
}
