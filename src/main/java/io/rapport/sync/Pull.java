package io.rapport.sync;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.sync.SyncTables.Column;
import io.rapport.sync.SyncTables.Table;
import io.rapport.text.Folding;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Brings the hub's changes into the desktop: reads {@code rapport.changes} after the local
 * cursor, only below the snapshot's xmin (so a transaction that took a smaller seq but commits
 * later is never skipped, see the ADR), page by page; fetches the changed rows and applies each
 * page in one local transaction together with the new cursor. A row is applied when its clock
 * is greater than the local row's (records with field_hlc merge field by field). Applied rows
 * keep the hub's origin; outbox entries the local triggers still queue for them (rows that came
 * back from this very desktop) are removed in the same transaction, so nothing echoes back.
 */
final class Pull {
    static final int PAGE = 1000;
    static final String CURSOR = "sync.cursor";

    private final Database db;

    Pull(Database db) {
        this.db = db;
    }

    record Result(int changes, int applied, long cursor) {
    }

    private record Change(long seq, String entity, String entityId) {
    }

    long cursor() {
        String v = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = '" + CURSOR + "'"));
        return v == null ? 0 : Long.parseLong(v);
    }

    Result pullAll(Connection hub, BooleanSupplier cancelled, SyncEngine.Progress progress) throws SQLException {
        long cursor = cursor();
        long newest = newest(hub);
        int read = 0;
        int applied = 0;
        while (!cancelled.getAsBoolean()) {
            List<Change> page = page(hub, cursor);
            if (page.isEmpty()) {
                break;
            }
            Map<Table, List<Object[]>> rows = fetch(hub, page);
            long next = page.get(page.size() - 1).seq();
            applied += db.write(c -> apply(c, rows, next));
            cursor = next;
            read += page.size();
            if (progress != null) {
                progress.onPage(read, cursor, Math.max(newest, cursor));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new Result(read, applied, cursor);
    }

    private static long newest(Connection hub) throws SQLException {
        try (PreparedStatement ps = hub.prepareStatement("SELECT coalesce(max(seq), 0) FROM rapport.changes");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Change> page(Connection hub, long after) throws SQLException {
        try (PreparedStatement ps = hub.prepareStatement("SELECT seq, entity, entity_id FROM rapport.changes "
                + "WHERE seq > ? AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY seq LIMIT " + PAGE)) {
            ps.setLong(1, after);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        }
    }

    private static Map<Table, List<Object[]>> fetch(Connection hub, List<Change> page) throws SQLException {
        Map<Table, Set<String>> ids = new LinkedHashMap<>();
        for (Table t : SyncTables.ALL) {
            ids.put(t, new LinkedHashSet<>());
        }
        for (Change ch : page) {
            Table t = SyncTables.byEntity(ch.entity());
            if (t != null) {
                ids.get(t).add(ch.entityId());
            }
        }
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        for (var e : ids.entrySet()) {
            Table t = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            String cols = String.join(", ", t.columns().stream().map(Column::name).toList());
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = hub.prepareStatement("SELECT " + cols + " FROM rapport." + t.name()
                    + " WHERE " + t.key() + " = ANY (?) AND origin NOT IN ('demo', 'training')")) {
                Array arr = hub.createArrayOf("text", e.getValue().toArray());
                ps.setArray(1, arr);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(RowCodec.readHub(t, rs));
                    }
                }
                arr.free();
            }
            out.put(t, rows);
        }
        return out;
    }

    // ------------------------------------------------------------------ applying, in one local transaction

    private int apply(Conn c, Map<Table, List<Object[]>> rows, long cursor) throws SQLException {
        long mark = c.queryLong("SELECT coalesce(max(seq), 0) FROM outbox");
        Set<String> reindexInteractions = new LinkedHashSet<>();
        Set<String> reindexCustomers = new LinkedHashSet<>();
        int applied = 0;
        for (var e : rows.entrySet()) {
            Table t = e.getKey();
            for (Object[] row : e.getValue()) {
                if (applyRow(c, t, row)) {
                    applied++;
                    db.observe((String) row[t.index("hlc")]);
                    switch (t.entity()) {
                        case "customer" -> reindexCustomers.add(RowCodec.text(t, row, "id"));
                        case "interaction" -> reindexInteractions.add(RowCodec.text(t, row, "id"));
                        case "interaction_amendment" -> reindexInteractions.add(RowCodec.text(t, row, "interaction_id"));
                        default -> {
                            // no words indexed
                        }
                    }
                }
            }
        }
        for (String id : reindexCustomers) {
            indexCustomer(c, id);
        }
        for (String id : reindexInteractions) {
            indexInteraction(c, id);
        }
        c.update("INSERT INTO meta (key, value) VALUES ('" + CURSOR + "', ?) ON CONFLICT (key) "
                + "DO UPDATE SET value = excluded.value", Long.toString(cursor));
        // rows that came back from this desktop (same origin) were queued again by the triggers
        c.update("DELETE FROM outbox WHERE seq > ?", mark);
        return applied;
    }

    /** Applies one hub row if it is newer than the local one; true if anything changed. */
    private static boolean applyRow(Conn c, Table t, Object[] incoming) throws SQLException {
        List<Column> local = t.localColumns();
        String cols = String.join(", ", local.stream().map(Column::name).toList());
        String key = RowCodec.text(t, incoming, t.key());
        Object[] current = null;
        long seq = -1;
        PreparedStatement ps = c.prepare("SELECT " + cols + (t.localSeq() ? ", seq" : "") + " FROM " + t.name()
                + " WHERE " + t.key() + " = ?");
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                current = RowCodec.readLocal(t, rs);
                if (t.localSeq()) {
                    seq = rs.getLong(local.size() + 1);
                }
            }
        }
        if (current == null) {
            return insert(c, t, incoming, null) > 0;
        }
        Object[] next;
        if (t.hasFieldHlc()) {
            next = RowCodec.mergeFields(t, current, incoming);
        } else {
            String mine = RowCodec.text(t, current, "hlc");
            String theirs = RowCodec.text(t, incoming, "hlc");
            next = theirs.compareTo(mine) > 0 ? incoming : null;
        }
        if (next == null) {
            return false;
        }
        if (t.entity().equals("interaction_amendment")) {
            return false; // append-only: an amendment is never rewritten
        }
        if (t.entity().equals("note")) {
            // notes refuse updates of their text locally; a newer hub version (erasure) replaces the row
            c.update("DELETE FROM notes WHERE id = ?", key);
            return insert(c, t, next, seq) > 0;
        }
        StringBuilder sql = new StringBuilder("UPDATE OR IGNORE ").append(t.name()).append(" SET ");
        for (int i = 0; i < local.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(local.get(i).name()).append(" = ?");
        }
        sql.append(" WHERE ").append(t.key()).append(" = ?");
        Object[] values = RowCodec.localValues(t, next);
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = key;
        return c.update(sql.toString(), params) > 0;
    }

    private static int insert(Conn c, Table t, Object[] row, Long seq) throws SQLException {
        List<Column> local = t.localColumns();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(t.name()).append(" (");
        if (seq != null) {
            sql.append("seq, ");
        }
        sql.append(String.join(", ", local.stream().map(Column::name).toList())).append(") VALUES (");
        if (seq != null) {
            sql.append("?, ");
        }
        sql.append(Push.placeholders(local.size())).append(") ON CONFLICT DO NOTHING");
        Object[] values = RowCodec.localValues(t, row);
        if (seq != null) {
            Object[] p = new Object[values.length + 1];
            p[0] = seq;
            System.arraycopy(values, 0, p, 1, values.length);
            values = p;
        }
        return c.update(sql.toString(), values);
    }

    /** The customer's name entry, as CustomerStore writes it; erased or deleted customers leave the index. */
    private static void indexCustomer(Conn c, String id) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT seq, display_name, given_name, family_name, customer_number, deleted "
                + "FROM customers WHERE id = ?");
        ps.setString(1, id);
        long seq;
        String text = null;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            seq = rs.getLong(1);
            if (rs.getInt(6) == 0) {
                text = nameIndexText(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            }
        }
        c.update("DELETE FROM customer_fts WHERE rowid = ?", seq);
        if (text != null) {
            c.update("INSERT INTO customer_fts (rowid, text) VALUES (?, ?)", seq, text);
        }
    }

    /** The interaction's words entry with its amendments, as InteractionStore writes it. */
    private static void indexInteraction(Conn c, String id) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT seq, subject, body, deleted FROM interactions WHERE id = ?");
        ps.setString(1, id);
        long seq;
        String subject;
        String body;
        boolean deleted;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return; // an amendment that arrived before its interaction: indexed when the interaction comes
            }
            seq = rs.getLong(1);
            subject = rs.getString(2);
            body = rs.getString(3);
            deleted = rs.getInt(4) != 0;
        }
        StringBuilder all = new StringBuilder();
        PreparedStatement am = c.prepare("SELECT text FROM interaction_amendments WHERE interaction_id = ? "
                + "AND deleted = 0 ORDER BY created_at");
        am.setString(1, id);
        try (ResultSet rs = am.executeQuery()) {
            while (rs.next()) {
                all.append('\n').append(rs.getString(1));
            }
        }
        c.update("DELETE FROM interaction_fts WHERE rowid = ?", seq);
        if (!deleted) {
            String text = all.length() == 0 ? indexText(subject, body)
                    : indexText(subject, (body == null ? "" : body) + all);
            c.update("INSERT INTO interaction_fts (rowid, text) VALUES (?, ?)", seq, text);
        }
    }

    // Copies of CustomerStore.nameIndexText and InteractionStore.indexText (package-private there);
    // SyncEngineTest checks that lookups find pulled rows exactly as they find local ones.
    static String nameIndexText(String display, String given, String family, String number) {
        String d = display == null ? "" : display;
        StringBuilder b = new StringBuilder(d);
        if (given != null && !d.contains(given)) {
            b.append(' ').append(given);
        }
        if (family != null && !d.contains(family)) {
            b.append(' ').append(family);
        }
        if (number != null) {
            b.append(' ').append(number);
        }
        return Folding.fold(b.toString());
    }

    static String indexText(String subject, String body) {
        if (subject == null) {
            return Folding.fold(body == null ? "" : body);
        }
        return Folding.fold(body == null ? subject : subject + "\n" + body);
    }
}
