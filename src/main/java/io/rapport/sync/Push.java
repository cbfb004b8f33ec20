package io.rapport.sync;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.sync.SyncTables.Column;
import io.rapport.sync.SyncTables.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the desktop's outbox to the hub, a batch at a time: reads the entries in order, expands
 * bulk-import ranges, loads each row's current values and upserts them in one hub transaction
 * (idempotent: an equal or older clock changes nothing). The entries are deleted locally only
 * after the hub committed; if the process dies in between, sending them again is harmless.
 */
final class Push {
    private static final Logger LOG = Logger.getLogger(Push.class.getName());
    static final int BATCH = 500;
    private static final int CHUNK = 500;

    private final Database db;
    /** Tests set this to keep the outbox after a push (to send the same batch twice). */
    volatile boolean keepOutbox;

    Push(Database db) {
        this.db = db;
    }

    record Result(int entries, int rows, int rejected) {
    }

    private record Entry(long seq, String entity, String entityId) {
    }

    /** Pushes until the outbox is empty (or {@code cancelled}); returns totals. */
    Result pushAll(Connection hub, BooleanSupplier cancelled) throws SQLException {
        int entries = 0;
        int rows = 0;
        int rejected = 0;
        long after = -1;
        while (!cancelled.getAsBoolean()) {
            long from = after;
            List<Entry> batch = db.read(c -> readBatch(c, from));
            if (batch.isEmpty()) {
                break;
            }
            Result r = pushBatch(hub, batch);
            entries += r.entries();
            rows += r.rows();
            rejected += r.rejected();
            after = batch.get(batch.size() - 1).seq();
        }
        return new Result(entries, rows, rejected);
    }

    private static List<Entry> readBatch(Conn c, long after) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT seq, entity, entity_id FROM outbox WHERE seq > ? ORDER BY seq LIMIT "
                + BATCH);
        ps.setLong(1, after);
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private Result pushBatch(Connection hub, List<Entry> batch) throws SQLException {
        // expand and load, in table order (parents first), each row once
        Map<Table, List<Object[]>> rows = db.read(c -> load(c, batch));
        int n = 0;
        int rejected = 0;
        boolean auto = hub.getAutoCommit();
        hub.setAutoCommit(false);
        try {
            try {
                for (var e : rows.entrySet()) {
                    n += upsertAll(hub, e.getKey(), e.getValue());
                }
            } catch (SQLException e) {
                if (!isRefusal(e)) {
                    throw e;
                }
                // a row the hub refuses (permissions, checks): redo row by row, set the refused ones aside
                hub.rollback();
                n = 0;
                for (var en : rows.entrySet()) {
                    for (Object[] row : en.getValue()) {
                        Savepoint sp = hub.setSavepoint();
                        try {
                            n += upsertAll(hub, en.getKey(), List.<Object[]>of(row));
                            hub.releaseSavepoint(sp);
                        } catch (SQLException one) {
                            if (!isRefusal(one)) {
                                throw one;
                            }
                            hub.rollback(sp);
                            rejected++;
                            String why = Hub.firstLine(one);
                            LOG.log(Level.WARNING, "the hub refused {0} {1}: {2}", new Object[] {en.getKey().entity(),
                                RowCodec.text(en.getKey(), row, en.getKey().key()), why});
                            recordRejection(en.getKey().entity() + " " + RowCodec.text(en.getKey(), row,
                                    en.getKey().key()) + ": " + why);
                        }
                    }
                }
            }
            hub.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                hub.rollback();
            } catch (SQLException ignored) {
                // the connection is probably gone; the outbox is kept either way
            }
            throw e;
        } finally {
            try {
                hub.setAutoCommit(auto);
            } catch (SQLException ignored) {
                // as above
            }
        }
        if (!keepOutbox) {
            long first = batch.get(0).seq();
            long last = batch.get(batch.size() - 1).seq();
            db.write(c -> c.update("DELETE FROM outbox WHERE seq BETWEEN ? AND ?", first, last));
        }
        return new Result(batch.size(), n, rejected);
    }

    private void recordRejection(String what) {
        db.write(c -> {
            c.update("INSERT INTO meta (key, value) VALUES ('sync.rejected', '1') ON CONFLICT (key) "
                    + "DO UPDATE SET value = CAST(value AS INTEGER) + 1");
            c.update("INSERT INTO meta (key, value) VALUES ('sync.rejected.last', ?) ON CONFLICT (key) "
                    + "DO UPDATE SET value = excluded.value", what);
            return null;
        });
    }

    /** Errors that mean "the hub will never take this row" rather than "try again later". */
    static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        if (e.getNextException() != null && e.getNextException().getSQLState() != null) {
            state = e.getNextException().getSQLState();
        }
        return state != null && (state.startsWith("42") || state.startsWith("23") || state.startsWith("22")
                || state.equals("P0001"));
    }

    private Map<Table, List<Object[]>> load(Conn c, List<Entry> batch) throws SQLException {
        Map<Table, Set<String>> keys = new LinkedHashMap<>();
        for (Table t : SyncTables.ALL) {
            keys.put(t, new LinkedHashSet<>());
        }
        for (Entry e : batch) {
            switch (e.entity()) {
                case "customer-range" -> {
                    long[] r = range(e.entityId());
                    if (r != null) {
                        Set<String> ids = keys.get(SyncTables.byEntity("customer"));
                        List<String> got = ids(c, "SELECT id FROM customers WHERE seq BETWEEN ? AND ?", r);
                        ids.addAll(got);
                        for (List<String> part : chunks(got)) {
                            String in = placeholders(part.size());
                            keys.get(SyncTables.byEntity("customer_phone")).addAll(idsIn(c,
                                    "SELECT id FROM customer_phones WHERE customer_id IN (" + in + ")", part));
                            keys.get(SyncTables.byEntity("customer_email")).addAll(idsIn(c,
                                    "SELECT id FROM customer_emails WHERE customer_id IN (" + in + ")", part));
                        }
                    }
                }
                case "interaction-range" -> {
                    long[] r = range(e.entityId());
                    if (r != null) {
                        keys.get(SyncTables.byEntity("interaction")).addAll(
                                ids(c, "SELECT id FROM interactions WHERE seq BETWEEN ? AND ?", r));
                    }
                }
                default -> {
                    Table t = SyncTables.byEntity(e.entity());
                    if (t != null) {
                        keys.get(t).add(e.entityId());
                    }
                    // other entities (template usage, favourites) stay on the desktop
                }
            }
        }
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        for (var e : keys.entrySet()) {
            Table t = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Object[]> rows = new ArrayList<>();
            String cols = String.join(", ", t.localColumns().stream().map(Column::name).toList());
            for (List<String> part : chunks(new ArrayList<>(e.getValue()))) {
                PreparedStatement ps = c.prepare("SELECT " + cols + " FROM " + t.name() + " WHERE " + t.key()
                        + " IN (" + placeholders(part.size()) + ") AND origin NOT IN ('demo', 'training')");
                Conn.bind(ps, part.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(RowCodec.readLocal(t, rs));
                    }
                }
            }
            out.put(t, rows);
        }
        return out;
    }

    private static long[] range(String s) {
        int dash = s.indexOf('-');
        try {
            return dash < 0 ? null : new long[] {Long.parseLong(s.substring(0, dash)), Long.parseLong(s.substring(dash + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> ids(Conn c, String sql, long[] r) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        ps.setLong(1, r[0]);
        ps.setLong(2, r[1]);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> idsIn(Conn c, String sql, List<String> params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        Conn.bind(ps, params.toArray());
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static int upsertAll(Connection hub, Table t, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = hub.prepareStatement(upsertSql(t))) {
            for (Object[] row : rows) {
                RowCodec.bindHub(t, ps, row);
                ps.addBatch();
            }
            int n = 0;
            for (int r : ps.executeBatch()) {
                n += r > 0 ? r : 0;
            }
            return n;
        }
    }

    /** The idempotent upsert of one table (see the ADR: an equal or older clock changes nothing). */
    static String upsertSql(Table t) {
        StringBuilder sql = new StringBuilder("INSERT INTO rapport.").append(t.name()).append(" AS h (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            Column c = t.columns().get(i);
            sql.append(i == 0 ? "" : ", ").append(c.name());
            values.append(i == 0 ? "" : ", ").append(c.type() == SyncTables.Type.JSON ? "?::jsonb" : "?");
        }
        sql.append(") VALUES (").append(values).append(") ON CONFLICT (").append(t.key()).append(") DO ");
        if (t.insertOnly()) {
            return sql.append("NOTHING").toString();
        }
        sql.append("UPDATE SET ");
        if (t.hasFieldHlc()) {
            String fields = "ARRAY['" + String.join("', '", t.mergeFields()) + "']";
            for (String f : t.mergeFields()) {
                sql.append(f).append(" = CASE WHEN rapport.field_clock(EXCLUDED.field_hlc, EXCLUDED.hlc, '").append(f)
                        .append("') COLLATE \"C\" > rapport.field_clock(h.field_hlc, h.hlc, '").append(f)
                        .append("') COLLATE \"C\" THEN EXCLUDED.").append(f).append(" ELSE h.").append(f).append(" END, ");
            }
            sql.append("field_hlc = rapport.merge_field_hlc(h.field_hlc, h.hlc, EXCLUDED.field_hlc, EXCLUDED.hlc, ")
                    .append(fields).append("), hlc = CASE WHEN EXCLUDED.hlc COLLATE \"C\" > h.hlc COLLATE \"C\" "
                            + "THEN EXCLUDED.hlc ELSE h.hlc END, origin = EXCLUDED.origin ")
                    .append("WHERE rapport.any_field_newer(h.field_hlc, h.hlc, EXCLUDED.field_hlc, EXCLUDED.hlc, ")
                    .append(fields).append(")");
            return sql.toString();
        }
        boolean first = true;
        for (Column c : t.columns()) {
            if (c.name().equals(t.key())) {
                continue;
            }
            sql.append(first ? "" : ", ").append(c.name()).append(" = EXCLUDED.").append(c.name());
            first = false;
        }
        return sql.append(" WHERE h.hlc COLLATE \"C\" < EXCLUDED.hlc COLLATE \"C\"").toString();
    }
}
