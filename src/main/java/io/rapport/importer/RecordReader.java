package io.rapport.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/** Streams records out of one import source without loading the whole file. */
public interface RecordReader extends Closeable {

    /**
     * The next record, or null at the end. Records that cannot be read are reported to
     * {@code problems} and skipped; only a fault that makes the rest unreadable throws.
     */
    ImportRecord next(Consumer<Problem> problems) throws IOException;

    /** Bytes consumed so far, for progress. */
    long position();

    /** A note for the report, e.g. the encoding that was detected; null if none. */
    default String note() {
        return null;
    }
}
