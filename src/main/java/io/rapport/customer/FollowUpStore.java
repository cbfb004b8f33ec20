package io.rapport.customer;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Follow-ups: written by wrap-up, listed per agent ("My follow-ups") and per customer. */
public final class FollowUpStore {
    private static final String COLUMNS = "f.id, f.customer_id, c.display_name, f.interaction_id, f.owner, f.due, "
            + "f.what, f.created_by, f.done_at";
    private final Database db;

    public FollowUpStore(Database db) {
        this.db = db;
    }

    /** Stores a follow-up inside the caller's transaction; returns its id. */
    public String insert(Conn c, String customerId, String interactionId, String owner, LocalDate due, String what,
            String createdBy) throws SQLException {
        String id = Ids.newId();
        c.update("INSERT INTO follow_ups (id, customer_id, interaction_id, owner, due, what, created_by, created_at, "
                + "hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, customerId, interactionId, owner,
                due.toString(), what, createdBy, System.currentTimeMillis(), db.tick(), db.deviceId());
        return id;
    }

    /** An agent's open follow-ups, soonest due first (overdue ones lead). */
    public List<FollowUp> openFor(String owner, int limit) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM follow_ups f LEFT JOIN customers c "
                + "ON c.id = f.customer_id WHERE f.owner = ? AND f.done_at IS NULL AND f.deleted = 0 "
                + "ORDER BY f.due, f.created_at LIMIT ?", owner, limit));
    }

    /** A customer's open follow-ups, soonest due first. */
    public static List<FollowUp> openForCustomer(Conn c, String customerId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM follow_ups f LEFT JOIN customers c ON c.id = f.customer_id "
                + "WHERE f.customer_id = ? AND f.done_at IS NULL AND f.deleted = 0 ORDER BY f.due LIMIT 20",
                customerId);
    }

    /** Marks a follow-up done. */
    public void complete(String id, String agent) {
        db.write(c -> {
            int n = c.update("UPDATE follow_ups SET done_at = ?, done_by = ?, hlc = ?, origin = ? "
                    + "WHERE id = ? AND done_at IS NULL AND deleted = 0", System.currentTimeMillis(), agent, db.tick(),
                    db.deviceId(), id);
            if (n == 0) {
                throw new StoreException("This follow-up no longer exists or is already done");
            }
            return null;
        });
    }

    private static List<FollowUp> query(Conn c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        Conn.bind(ps, params);
        List<FollowUp> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long done = rs.getLong(9);
                Long doneAt = rs.wasNull() ? null : done;
                out.add(new FollowUp(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), LocalDate.parse(rs.getString(6)), rs.getString(7), rs.getString(8), doneAt));
            }
        }
        return out;
    }
}
