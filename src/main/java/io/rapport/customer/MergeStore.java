package io.rapport.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.store.StoreException;
import io.rapport.text.Folding;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merging two records of the same person, and undoing it exactly. A merge moves the merged
 * customer's interactions and contact points to the survivor and records each moved row, so
 * undo moves back precisely those rows even after more contacts were added to the survivor.
 */
public final class MergeStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final CustomerStore customers;

    public MergeStore(Database db, CustomerStore customers) {
        this.db = db;
        this.customers = customers;
    }

    /** A merge as recorded. */
    public record Merge(String id, String survivorId, String mergedId, long mergedAt, String mergedBy,
            Long undoneAt) {
    }

    /** Merges {@code mergedId} into {@code survivorId}; returns the merge id for undo. */
    public String merge(String survivorId, String mergedId, String agent) {
        if (survivorId.equals(mergedId)) {
            throw new StoreException("A customer cannot be merged with itself");
        }
        return db.write(c -> {
            requireLive(c, survivorId);
            requireLive(c, mergedId);
            String origin = db.deviceId();
            ObjectNode moved = JSON.createObjectNode();
            moved.set("interactions", moveRows(c, "interactions", mergedId, survivorId, origin));
            moved.set("notes", moveRows(c, "notes", mergedId, survivorId, origin));
            moved.set("followUps", moveRows(c, "follow_ups", mergedId, survivorId, origin));
            moved.set("drafts", moveDrafts(c, mergedId, survivorId));
            moved.set("phones", moveContactPoints(c, "customer_phones", "e164", mergedId, survivorId, origin));
            moved.set("emails", moveContactPoints(c, "customer_emails", "email", mergedId, survivorId, origin));
            moved.set("survivorBefore", fillGaps(c, survivorId, mergedId, origin));
            long seq = c.queryLong("SELECT seq FROM customers WHERE id = ?", mergedId);
            c.update("DELETE FROM customer_fts WHERE rowid = ?", seq);
            c.update("UPDATE customers SET merged_into = ?, hlc = ?, origin = ?, updated_at = ? WHERE id = ?",
                    survivorId, db.tick(), origin, System.currentTimeMillis(), mergedId);
            String id = Ids.newId();
            c.update("INSERT INTO customer_merges (id, survivor_id, merged_id, moved, merged_at, merged_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, survivorId, mergedId, moved.toString(),
                    System.currentTimeMillis(), agent);
            return id;
        });
    }

    private static void requireLive(Conn c, String id) throws SQLException {
        if (c.queryLong("SELECT count(*) FROM customers WHERE id = ? AND deleted = 0 AND merged_into IS NULL", id)
                == 0) {
            throw new StoreException("Customer " + id + " does not exist or was already merged");
        }
    }

    private ArrayNode moveRows(Conn c, String table, String from, String to, String origin) throws SQLException {
        ArrayNode ids = JSON.createArrayNode();
        PreparedStatement ps = c.prepare("SELECT id FROM " + table + " WHERE customer_id = ? AND deleted = 0");
        ps.setString(1, from);
        List<String> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        for (String id : list) {
            c.update("UPDATE " + table + " SET customer_id = ?, hlc = ?, origin = ? WHERE id = ?", to, db.tick(),
                    origin, id);
            ids.add(id);
        }
        return ids;
    }

    /** Unfinished wrap-ups follow their customer, so no prepared note is lost to a merge. */
    private static ArrayNode moveDrafts(Conn c, String from, String to) throws SQLException {
        ArrayNode ids = JSON.createArrayNode();
        PreparedStatement ps = c.prepare("SELECT id FROM wrapup_drafts WHERE customer_id = ?");
        ps.setString(1, from);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        c.update("UPDATE wrapup_drafts SET customer_id = ? WHERE customer_id = ?", to, from);
        return ids;
    }

    /** Moves contact points; one the survivor already has is tombstoned instead (and noted). */
    private ArrayNode moveContactPoints(Conn c, String table, String valueColumn, String from, String to,
            String origin) throws SQLException {
        ArrayNode moved = JSON.createArrayNode();
        PreparedStatement ps = c.prepare("SELECT id, " + valueColumn + " FROM " + table
                + " WHERE customer_id = ? AND deleted = 0");
        ps.setString(1, from);
        List<String[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        int position = customers.nextPosition(c, table, to);
        for (String[] row : rows) {
            boolean duplicate = c.queryLong("SELECT count(*) FROM " + table + " WHERE customer_id = ? AND "
                    + valueColumn + " = ? AND deleted = 0", to, row[1]) > 0;
            ObjectNode entry = JSON.createObjectNode().put("id", row[0]).put("duplicate", duplicate);
            if (duplicate) {
                c.update("UPDATE " + table + " SET deleted = 1, hlc = ?, origin = ? WHERE id = ?", db.tick(), origin,
                        row[0]);
            } else {
                c.update("UPDATE " + table + " SET customer_id = ?, position = ?, hlc = ?, origin = ? WHERE id = ?",
                        to, position++, db.tick(), origin, row[0]);
            }
            moved.add(entry);
        }
        return moved;
    }

    /** Copies the merged record's flags and filled fields into the survivor's empty ones. */
    private ObjectNode fillGaps(Conn c, String survivorId, String mergedId, String origin) throws SQLException {
        String[] cols = {"customer_number", "gender", "formal_address", "language", "customer_since", "vip",
            "vulnerable", "do_not_call"};
        ObjectNode before = JSON.createObjectNode();
        for (String col : cols) {
            before.put(col, c.queryString("SELECT " + col + " FROM customers WHERE id = ?", survivorId));
        }
        c.update("UPDATE customers SET "
                + "customer_number = coalesce(customer_number, (SELECT customer_number FROM customers WHERE id = ?2)), "
                + "gender = coalesce(gender, (SELECT gender FROM customers WHERE id = ?2)), "
                + "formal_address = coalesce(formal_address, (SELECT formal_address FROM customers WHERE id = ?2)), "
                + "language = coalesce(language, (SELECT language FROM customers WHERE id = ?2)), "
                + "customer_since = min(coalesce(customer_since, 9e18), "
                + "  coalesce((SELECT customer_since FROM customers WHERE id = ?2), 9e18)), "
                + "vip = max(vip, (SELECT vip FROM customers WHERE id = ?2)), "
                + "vulnerable = max(vulnerable, (SELECT vulnerable FROM customers WHERE id = ?2)), "
                + "do_not_call = max(do_not_call, (SELECT do_not_call FROM customers WHERE id = ?2)), "
                + "hlc = ?3, origin = ?4, updated_at = ?5 WHERE id = ?1",
                survivorId, mergedId, db.tick(), origin, System.currentTimeMillis());
        c.update("UPDATE customers SET customer_since = NULL WHERE id = ? AND customer_since >= 9e18", survivorId);
        return before;
    }

    /** Reverses a merge: the moved rows go back, the merged customer lives again. */
    public void undo(String mergeId) {
        db.write(c -> {
            Optional<Merge> m = find(c, mergeId);
            if (m.isEmpty()) {
                throw new StoreException("No merge with id " + mergeId);
            }
            if (m.get().undoneAt() != null) {
                throw new StoreException("Merge " + mergeId + " was already undone");
            }
            String movedJson = c.queryString("SELECT moved FROM customer_merges WHERE id = ?", mergeId);
            ObjectNode moved;
            try {
                moved = (ObjectNode) JSON.readTree(movedJson);
            } catch (IOException e) {
                throw new StoreException("The record of merge " + mergeId + " is damaged; it cannot be undone", e);
            }
            String origin = db.deviceId();
            String back = m.get().mergedId();
            for (var id : moved.withArray("interactions")) {
                c.update("UPDATE interactions SET customer_id = ?, hlc = ?, origin = ? WHERE id = ?", back, db.tick(),
                        origin, id.asText());
            }
            for (String table : new String[] {"notes", "follow_ups"}) {
                for (var id : moved.withArray(table.equals("notes") ? "notes" : "followUps")) {
                    c.update("UPDATE " + table + " SET customer_id = ?, hlc = ?, origin = ? WHERE id = ?", back,
                            db.tick(), origin, id.asText());
                }
            }
            for (var id : moved.withArray("drafts")) {
                c.update("UPDATE wrapup_drafts SET customer_id = ? WHERE id = ?", back, id.asText());
            }
            restoreContactPoints(c, "customer_phones", moved.withArray("phones"), back, origin);
            restoreContactPoints(c, "customer_emails", moved.withArray("emails"), back, origin);
            ObjectNode before = (ObjectNode) moved.get("survivorBefore");
            if (before != null) {
                for (var it = before.fields(); it.hasNext();) {
                    var e = it.next();
                    c.update("UPDATE customers SET " + safeColumn(e.getKey()) + " = ? WHERE id = ?",
                            e.getValue().isNull() ? null : e.getValue().asText(), m.get().survivorId());
                }
                c.update("UPDATE customers SET hlc = ?, origin = ?, updated_at = ? WHERE id = ?", db.tick(), origin,
                        System.currentTimeMillis(), m.get().survivorId());
            }
            c.update("UPDATE customers SET merged_into = NULL, hlc = ?, origin = ?, updated_at = ? WHERE id = ?",
                    db.tick(), origin, System.currentTimeMillis(), back);
            PreparedStatement ps = c.prepare("SELECT seq, display_name, given_name, family_name, customer_number "
                    + "FROM customers WHERE id = ?");
            ps.setString(1, back);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    c.update("INSERT INTO customer_fts (rowid, text) VALUES (?, ?)", rs.getLong(1),
                            CustomerStore.nameIndexText(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5)));
                }
            }
            c.update("UPDATE customer_merges SET undone_at = ? WHERE id = ?", System.currentTimeMillis(), mergeId);
            return null;
        });
    }

    private static String safeColumn(String col) {
        switch (col) {
            case "customer_number": case "gender": case "formal_address": case "language": case "customer_since":
            case "vip": case "vulnerable": case "do_not_call":
                return col;
            default:
                throw new StoreException("Unexpected field in a merge record: " + col);
        }
    }

    private void restoreContactPoints(Conn c, String table, ArrayNode rows, String back, String origin)
            throws SQLException {
        for (var row : rows) {
            String id = row.get("id").asText();
            if (row.path("duplicate").asBoolean()) {
                c.update("UPDATE " + table + " SET deleted = 0, hlc = ?, origin = ? WHERE id = ?", db.tick(), origin, id);
            } else {
                c.update("UPDATE " + table + " SET customer_id = ?, hlc = ?, origin = ? WHERE id = ?", back, db.tick(),
                        origin, id);
            }
        }
    }

    public Optional<Merge> find(String mergeId) {
        return db.read(c -> find(c, mergeId));
    }

    private static Optional<Merge> find(Conn c, String mergeId) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT id, survivor_id, merged_id, merged_at, merged_by, undone_at "
                + "FROM customer_merges WHERE id = ?");
        ps.setString(1, mergeId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long undone = rs.getLong(6);
            Long u = rs.wasNull() ? null : undone;
            return Optional.of(new Merge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), u));
        }
    }

    /** Merges into or out of this customer, newest first. */
    public List<Merge> mergesOf(String customerId) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT id, survivor_id, merged_id, merged_at, merged_by, undone_at "
                    + "FROM customer_merges WHERE survivor_id = ? OR merged_id = ? ORDER BY merged_at DESC");
            ps.setString(1, customerId);
            ps.setString(2, customerId);
            List<Merge> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long undone = rs.getLong(6);
                    Long u = rs.wasNull() ? null : undone;
                    out.add(new Merge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), u));
                }
            }
            return out;
        });
    }

    /** Pairs of live customers with the same folded name, for review. */
    public List<String[]> duplicateNamePairs(int limit) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT id, display_name FROM customers WHERE deleted = 0 "
                    + "AND merged_into IS NULL");
            java.util.Map<String, String> firstByName = new java.util.HashMap<>();
            List<String[]> pairs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && pairs.size() < limit) {
                    String key = Folding.fold(rs.getString(2)).strip();
                    String first = firstByName.putIfAbsent(key, rs.getString(1));
                    if (first != null) {
                        pairs.add(new String[] {first, rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return pairs;
        });
    }
}
