package io.rapport.customer;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.text.Folding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Interactions, their full-text index and the timeline queries. */
public final class InteractionStore {
    static final String COLUMNS = "i.seq, i.id, i.customer_id, i.channel, i.direction, i.started_at, i.ended_at, "
            + "i.agent, i.subject, i.body, i.outcome, i.sentiment, i.topic, i.order_number, i.source_system, "
            + "i.source_id";
    private static final String INSERT = "INSERT INTO interactions (id, customer_id, channel, direction, started_at, "
            + "ended_at, agent, subject, body, outcome, sentiment, topic, order_number, source_system, source_id, "
            + "created_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (source_system, source_id) WHERE source_id IS NOT NULL DO NOTHING RETURNING seq";

    /** The source system of contacts documented by Rapport's wrap-up (they take amendments). */
    public static final String WRAPUP_SOURCE = "rapport-wrapup";

    private final Database db;

    public InteractionStore(Database db) {
        this.db = db;
    }

    /**
     * Stores an interaction inside the caller's transaction. Returns its id, or null when an
     * interaction with the same source system and source id exists (re-import).
     */
    public String insert(Conn c, String customerId, InteractionDraft d, String origin) throws SQLException {
        TextIndexBatch index = TextIndexBatch.immediate();
        String id = insert(c, customerId, d, origin, index);
        TextIndexStore.write(c, index);
        return id;
    }

    /**
     * As above, but the full-text entry goes into {@code index}, to be flushed once per batch:
     * FTS5 writes several times faster when its inserts are not interleaved with other tables'.
     */
    public String insert(Conn c, String customerId, InteractionDraft d, String origin, TextIndexBatch index)
            throws SQLException {
        String id = Ids.newId();
        PreparedStatement ps = c.prepare(INSERT);
        Conn.bind(ps, id, customerId, d.channel().code(), d.direction().code(), d.startedAt().toEpochMilli(),
                d.endedAt() == null ? null : d.endedAt().toEpochMilli(), d.agent(), d.subject(), d.body(),
                Outcome.normalise(d.outcome()), d.sentiment(), d.topic(), upper(d.orderNumber()), d.sourceSystem(),
                d.sourceId(), System.currentTimeMillis(), db.tick(), origin);
        long seq;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            seq = rs.getLong(1);
        }
        index.add(seq, d.subject(), d.body());
        return id;
    }

    /** True if an interaction with this source exists. */
    public boolean exists(Conn c, String sourceSystem, String sourceId) throws SQLException {
        return c.queryLong("SELECT count(*) FROM interactions WHERE source_system = ? AND source_id = ?",
                sourceSystem, sourceId) > 0;
    }

    static String indexText(String subject, String body) {
        if (subject == null) {
            return Folding.fold(body == null ? "" : body);
        }
        return Folding.fold(body == null ? subject : subject + "\n" + body);
    }

    /** One page of a customer's timeline, newest first. */
    public TimelinePage timeline(TimelineQuery q) {
        return db.read(c -> timeline(c, q));
    }

    public TimelinePage timeline(Conn c, TimelineQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM interactions i WHERE i.customer_id = ? AND i.deleted = 0");
        List<Object> params = new ArrayList<>();
        params.add(q.customerId());
        if (q.channels() != null && !q.channels().isEmpty()) {
            sql.append(" AND i.channel IN (");
            int n = 0;
            for (Channel ch : q.channels()) {
                sql.append(n++ == 0 ? "?" : ", ?");
                params.add(ch.code());
            }
            sql.append(')');
        }
        if (q.from() != null) {
            sql.append(" AND i.started_at >= ?");
            params.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND i.started_at < ?");
            params.add(q.to().toEpochMilli());
        }
        String fts = q.words() == null ? "" : LookupQueries.typingText(q.words());
        if (!fts.isEmpty()) {
            sql.append(" AND i.seq IN (SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ?)");
            params.add(fts);
        }
        if (q.after() != null) {
            sql.append(" AND (i.started_at < ? OR (i.started_at = ? AND i.seq < ?))");
            params.add(q.after().startedAtMs());
            params.add(q.after().startedAtMs());
            params.add(q.after().seq());
        }
        sql.append(" ORDER BY i.started_at DESC, i.seq DESC LIMIT ?");
        params.add(q.limit() + 1);
        PreparedStatement ps = c.prepare(sql.toString());
        Conn.bind(ps, params.toArray());
        List<Interaction> rows = new ArrayList<>();
        long lastStarted = 0;
        long lastSeq = 0;
        boolean more = false;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rows.size() == q.limit()) {
                    more = true;
                    break;
                }
                lastSeq = rs.getLong(1);
                rows.add(read(rs));
                lastStarted = rows.get(rows.size() - 1).startedAt().toEpochMilli();
            }
        }
        return new TimelinePage(rows, more ? new TimelineQuery.Cursor(lastStarted, lastSeq) : null,
                amendments(c, rows));
    }

    private static java.util.Map<String, List<Amendment>> amendments(Conn c, List<Interaction> rows)
            throws SQLException {
        List<String> notes = new ArrayList<>();
        for (Interaction i : rows) {
            if (WRAPUP_SOURCE.equals(i.sourceSystem())) {
                notes.add(i.id());
            }
        }
        java.util.Map<String, List<Amendment>> out = new java.util.HashMap<>();
        if (notes.isEmpty()) {
            return out;
        }
        PreparedStatement ps = c.prepare("SELECT id, interaction_id, agent, created_at, text FROM interaction_amendments "
                + "WHERE interaction_id IN (" + "?,".repeat(notes.size() - 1) + "?) AND deleted = 0 ORDER BY created_at");
        Conn.bind(ps, notes.toArray());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Amendment(rs.getString(1),
                        rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5)));
            }
        }
        return out;
    }

    /**
     * Adds a correction to a timeline entry inside the caller's transaction; the entry's words
     * index then covers the correction too.
     */
    public Amendment amend(Conn c, String interactionId, String agent, String text) throws SQLException {
        long seq = c.queryLong("SELECT coalesce(max(seq), -1) FROM interactions WHERE id = ? AND deleted = 0",
                interactionId);
        if (seq < 0) {
            throw new io.rapport.store.StoreException("The note to amend no longer exists");
        }
        String id = Ids.newId();
        long now = System.currentTimeMillis();
        c.update("INSERT INTO interaction_amendments (id, interaction_id, agent, text, created_at, hlc, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, interactionId, agent, text, now, db.tick(), db.deviceId());
        StringBuilder all = new StringBuilder();
        PreparedStatement ps = c.prepare("SELECT text FROM interaction_amendments WHERE interaction_id = ? "
                + "AND deleted = 0 ORDER BY created_at");
        ps.setString(1, interactionId);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.append('\n').append(rs.getString(1));
            }
        }
        String subject = c.queryString("SELECT subject FROM interactions WHERE seq = ?", seq);
        String body = c.queryString("SELECT body FROM interactions WHERE seq = ?", seq);
        c.update("DELETE FROM interaction_fts WHERE rowid = ?", seq);
        c.update("INSERT INTO interaction_fts (rowid, text) VALUES (?, ?)", seq,
                indexText(subject, (body == null ? "" : body) + all));
        return new Amendment(id, interactionId, agent, Instant.ofEpochMilli(now), text);
    }

    /** One interaction by id, or null. */
    public Interaction get(Conn c, String id) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + COLUMNS + " FROM interactions i WHERE i.id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? read(rs) : null;
        }
    }

    /** Reads the columns of {@link #COLUMNS} from the current row. */
    static Interaction read(ResultSet rs) throws SQLException {
        long ended = rs.getLong(7);
        Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
        int sentiment = rs.getInt(12);
        Integer s = rs.wasNull() ? null : sentiment;
        return new Interaction(rs.getString(2), rs.getString(3),
                Channel.parse(rs.getString(4)).orElse(Channel.NOTE),
                Direction.parse(rs.getString(5)).orElse(Direction.INBOUND), Instant.ofEpochMilli(rs.getLong(6)),
                endedAt, rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), s, rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16));
    }

    /** The newest interaction of a customer, or null. */
    public Interaction last(Conn c, String customerId) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + COLUMNS + " FROM interactions i WHERE i.customer_id = ? "
                + "AND i.deleted = 0 ORDER BY i.started_at DESC, i.seq DESC LIMIT 1");
        ps.setString(1, customerId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? read(rs) : null;
        }
    }

    /** Contacts per topic since {@code since} (topics only; untagged contacts are left out). */
    public java.util.Map<String, Integer> topicsSince(Conn c, String customerId, Instant since) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT topic, count(*) FROM interactions WHERE customer_id = ? "
                + "AND started_at >= ? AND deleted = 0 AND topic IS NOT NULL GROUP BY topic");
        ps.setString(1, customerId);
        ps.setLong(2, since.toEpochMilli());
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    public int countSince(Conn c, String customerId, Instant since) throws SQLException {
        return (int) c.queryLong("SELECT count(*) FROM interactions WHERE customer_id = ? AND started_at >= ? "
                + "AND deleted = 0", customerId, since.toEpochMilli());
    }

    /**
     * What is still open: the newest interaction of each topic whose outcome left something to
     * do, unless a later interaction on the same topic (or subject) resolved it.
     */
    public List<Interaction> openIssues(Conn c, String customerId, int limit) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + COLUMNS + " FROM interactions i WHERE i.customer_id = ? "
                + "AND i.outcome IN ('follow-up', 'escalated', 'unresolved') AND i.deleted = 0 "
                + "ORDER BY i.started_at DESC LIMIT 200");
        ps.setString(1, customerId);
        List<Interaction> candidates = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                candidates.add(read(rs));
            }
        }
        List<Interaction> open = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Interaction i : candidates) {
            String key = threadKey(i);
            if (!seen.add(key)) {
                continue;
            }
            if (!resolvedLater(c, i)) {
                open.add(i);
                if (open.size() >= limit) {
                    break;
                }
            }
        }
        return open;
    }

    private static String threadKey(Interaction i) {
        if (i.topic() != null) {
            return "t:" + i.topic();
        }
        return "s:" + (i.subject() == null ? i.id() : Folding.fold(i.subject()).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean resolvedLater(Conn c, Interaction i) throws SQLException {
        // walks the customer's timeline index from the newest contact back to this one
        if (i.topic() != null) {
            return c.queryLong("SELECT count(*) FROM (SELECT 1 FROM interactions WHERE customer_id = ? "
                    + "AND started_at > ? AND topic = ? AND deleted = 0 AND outcome IN ('resolved', 'information') "
                    + "LIMIT 1)", i.customerId(), i.startedAt().toEpochMilli(), i.topic()) > 0;
        }
        if (i.subject() == null) {
            return false;
        }
        return c.queryLong("SELECT count(*) FROM (SELECT 1 FROM interactions WHERE customer_id = ? AND subject = ? "
                + "AND started_at > ? AND deleted = 0 AND outcome = 'resolved' LIMIT 1)",
                i.customerId(), i.subject(), i.startedAt().toEpochMilli()) > 0;
    }

    /**
     * Full-text search over every interaction: the newest {@code limit} matches (most recently
     * stored first; ranking every hit by relevance costs hundreds of milliseconds).
     */
    public List<Interaction> search(Conn c, String ftsQuery, int limit) throws SQLException {
        if (ftsQuery == null || ftsQuery.isBlank()) {
            return List.of();
        }
        PreparedStatement ps = c.prepare("SELECT " + COLUMNS + " FROM interactions i JOIN "
                + "(SELECT rowid AS r FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
                + "ON i.seq = f.r WHERE i.deleted = 0 ORDER BY i.seq DESC");
        ps.setString(1, ftsQuery);
        ps.setInt(2, limit);
        List<Interaction> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Customers who mentioned this order number. */
    public List<String> customersByOrder(Conn c, String orderNumber) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT DISTINCT i.customer_id FROM interactions i JOIN customers c "
                + "ON c.id = i.customer_id WHERE i.order_number = ? AND i.deleted = 0 "
                + "AND c.deleted = 0 AND c.merged_into IS NULL LIMIT 5");
        ps.setString(1, upper(orderNumber));
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Order and customer numbers are matched case-insensitively by storing them upper case. */
    public static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    public long count() {
        return db.read(c -> c.queryLong("SELECT count(*) FROM interactions WHERE deleted = 0"));
    }
}
