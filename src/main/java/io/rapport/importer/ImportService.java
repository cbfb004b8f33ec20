package io.rapport.importer;

import io.rapport.customer.CustomerStore;
import io.rapport.customer.InteractionStore;
import io.rapport.customer.TextIndexStore;
import io.rapport.store.Database;
import io.rapport.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an import: reads records, finds or creates each customer, stores the interactions in
 * batches. A record is all or nothing (customer and interaction together, in a savepoint);
 * batches are committed as they complete, so a cancelled or failed import keeps what it
 * finished, and running it again skips what is already stored.
 */
public final class ImportService {
    static final int BATCH = Integer.getInteger("rapport.importBatch", 5000);
    private static final int GIVE_UP_AFTER = 200;

    private final ImportStore store;
    private final TextIndexStore words;
    private final String deviceId;

    public ImportService(Database db, CustomerStore customers, InteractionStore interactions) {
        this.store = new ImportStore(db, customers, interactions);
        this.words = new TextIndexStore(db);
        this.deviceId = db.deviceId();
    }

    /** Interactions imported but not yet searchable by their words. */
    public long wordIndexBacklog() {
        return words.backlog();
    }

    /**
     * Indexes the words of imported interactions until the backlog is empty or {@code progress}
     * says stop (the rest is indexed next time). Returns how many were indexed.
     */
    public long indexWords(ImportProgress progress) {
        long total = words.backlog();
        long done = 0;
        while (!progress.isCancelled()) {
            int n = words.indexNextChunk();
            if (n == 0) {
                break;
            }
            done += n;
            progress.update(Math.min(done, total), Math.max(total, done), done);
        }
        return done;
    }

    /** Imports everything {@code reader} yields; the reader is closed at the end. */
    public ImportReport run(RecordReader reader, long totalBytes, String source, String format,
            ImportProgress progress) {
        return run(reader, totalBytes, source, format, progress, deviceId);
    }

    /** As {@link #run}, storing rows with {@code origin} ("demo" data never leaves the desktop). */
    public ImportReport run(RecordReader reader, long totalBytes, String source, String format,
            ImportProgress progress, String origin) {
        ImportReport report = new ImportReport(source, format);
        long started = System.nanoTime();
        Map<String, String> cache = new HashMap<>();
        List<ImportRecord> batch = new ArrayList<>(BATCH);
        long[] read = {0};
        // a source whose first records are all unreadable is the wrong format or garbage: stop early
        java.util.function.Consumer<Problem> skip = p -> {
            report.skip(p);
            if (read[0] == 0 && report.skipped() >= GIVE_UP_AFTER) {
                throw new GiveUp();
            }
        };
        try (RecordReader records = new PrefetchingReader(reader)) {
            while (true) {
                if (progress.isCancelled()) {
                    report.cancelled();
                    break;
                }
                ImportRecord r = records.next(skip);
                if (r != null) {
                    batch.add(r);
                    read[0]++;
                }
                if (r == null || batch.size() >= BATCH) {
                    store.flush(batch, cache, report, origin);
                    batch.clear();
                    progress.update(records.position(), totalBytes, read[0]);
                }
                if (r == null) {
                    break;
                }
                if ((read[0] & 1023) == 0) {
                    progress.update(records.position(), totalBytes, read[0]);
                }
            }
        } catch (GiveUp e) {
            report.fatal("the first " + GIVE_UP_AFTER + " records could not be read: this does not look like "
                    + format + " (wrong format or a damaged file?)");
        } catch (IOException | UncheckedIOException e) {
            flushQuietly(batch, cache, report, origin);
            report.fatal(e.getMessage());
        } catch (StoreException e) {
            report.fatal(e.getMessage());
        } catch (RuntimeException e) {
            // a parser's failure mid-file (e.g. an unclosed quote) ends reading; finished records stay
            flushQuietly(batch, cache, report, origin);
            report.fatal(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        report.note(reader.note());
        report.millis((System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Thrown through a reader when a source turns out to be unreadable from the start. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private void flushQuietly(List<ImportRecord> batch, Map<String, String> cache, ImportReport report,
            String origin) {
        try {
            store.flush(batch, cache, report, origin);
        } catch (StoreException ignored) {
            // the original failure is reported
        }
        batch.clear();
    }
}
