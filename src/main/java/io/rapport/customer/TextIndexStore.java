package io.rapport.customer;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Indexes the words of bulk-imported interactions in the background, a chunk per transaction,
 * so an import of a million contacts is usable (by phone, e-mail, name) as soon as its rows are
 * stored, and word search catches up shortly after.
 */
public final class TextIndexStore {
    private static final int CHUNK = 5000;

    private final Database db;

    public TextIndexStore(Database db) {
        this.db = db;
    }

    /** Writes a batch's entries (or its backlog range); call inside the transaction that inserted the rows. */
    public static void write(Conn c, TextIndexBatch batch) throws SQLException {
        for (int i = 0; i < batch.customerRowids().size(); i++) {
            c.update("INSERT INTO customer_fts (rowid, text) VALUES (?, ?)", batch.customerRowids().get(i),
                    batch.customerNames().get(i));
        }
        if (batch.isDeferred()) {
            long[] r = batch.range();
            if (r != null) {
                c.update("INSERT INTO fts_backlog (first_seq, last_seq) VALUES (?, ?)", r[0], r[1]);
            }
        } else {
            for (int i = 0; i < batch.rowids().size(); i++) {
                c.update("INSERT INTO interaction_fts (rowid, text) VALUES (?, ?)", batch.rowids().get(i),
                        batch.texts().get(i));
            }
        }
        batch.clear();
    }

    /** Interactions still waiting for word indexing (an upper bound). */
    public long backlog() {
        return db.read(c -> c.queryLong("SELECT coalesce(sum(last_seq - first_seq + 1), 0) FROM fts_backlog"));
    }

    /** Indexes up to one chunk of the backlog; returns how many interactions were indexed (0 when done). */
    public int indexNextChunk() {
        return db.write(this::indexNextChunk);
    }

    private int indexNextChunk(Conn c) throws SQLException {
        PreparedStatement head = c.prepare("SELECT id, first_seq, last_seq FROM fts_backlog ORDER BY id LIMIT 1");
        long id;
        long first;
        long last;
        try (ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return 0;
            }
            id = rs.getLong(1);
            first = rs.getLong(2);
            last = rs.getLong(3);
        }
        long upTo = Math.min(last, first + CHUNK - 1);
        PreparedStatement rows = c.prepare("SELECT seq, subject, body FROM interactions WHERE seq BETWEEN ? AND ? "
                + "AND deleted = 0 ORDER BY seq");
        rows.setLong(1, first);
        rows.setLong(2, upTo);
        TextIndexBatch batch = TextIndexBatch.immediate();
        int n = 0;
        try (ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                batch.add(rs.getLong(1), rs.getString(2), rs.getString(3));
                n++;
            }
        }
        write(c, batch);
        if (upTo >= last) {
            c.update("DELETE FROM fts_backlog WHERE id = ?", id);
        } else {
            c.update("UPDATE fts_backlog SET first_seq = ? WHERE id = ?", upTo + 1, id);
        }
        return Math.max(n, 1);
    }
}
