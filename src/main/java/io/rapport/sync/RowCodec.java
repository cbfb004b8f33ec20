package io.rapport.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.sync.SyncTables.Column;
import io.rapport.sync.SyncTables.Table;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows in transit: an {@code Object[]} in the order of {@link Table#columns()}, holding String
 * (TEXT and JSON text), Long, Integer or Boolean. Reads and binds them on either side, and
 * merges records field by field (the rule of hub migration V2, mirrored here).
 */
final class RowCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowCodec() {
    }

    /** Reads a row from a desktop result set whose columns are {@link Table#localColumns()}. */
    static Object[] readLocal(Table t, ResultSet rs) throws SQLException {
        Object[] row = new Object[t.columns().size()];
        int i = 1;
        for (int k = 0; k < row.length; k++) {
            Column c = t.columns().get(k);
            if (c.name().equals("deleted") && !t.localDeleted()) {
                row[k] = Boolean.FALSE;
                continue;
            }
            row[k] = switch (c.type()) {
                case TEXT, JSON -> rs.getString(i);
                case LONG -> {
                    long v = rs.getLong(i);
                    yield rs.wasNull() ? null : v;
                }
                case INT -> {
                    int v = rs.getInt(i);
                    yield rs.wasNull() ? null : v;
                }
                case BOOL -> {
                    int v = rs.getInt(i);
                    yield rs.wasNull() ? null : v != 0;
                }
            };
            i++;
        }
        return row;
    }

    /** Reads a row from a hub result set whose columns are {@link Table#columns()}. */
    static Object[] readHub(Table t, ResultSet rs) throws SQLException {
        Object[] row = new Object[t.columns().size()];
        for (int k = 0; k < row.length; k++) {
            Column c = t.columns().get(k);
            row[k] = switch (c.type()) {
                case TEXT, JSON -> rs.getString(k + 1);
                case LONG -> {
                    long v = rs.getLong(k + 1);
                    yield rs.wasNull() ? null : v;
                }
                case INT -> {
                    int v = rs.getInt(k + 1);
                    yield rs.wasNull() ? null : v;
                }
                case BOOL -> {
                    boolean v = rs.getBoolean(k + 1);
                    yield rs.wasNull() ? null : v;
                }
            };
        }
        return row;
    }

    /** Binds a row to a hub statement (parameters 1..n in column order). */
    static void bindHub(Table t, PreparedStatement ps, Object[] row) throws SQLException {
        for (int k = 0; k < row.length; k++) {
            Column c = t.columns().get(k);
            Object v = row[k];
            switch (c.type()) {
                case TEXT, JSON -> ps.setString(k + 1, (String) v);
                case LONG -> {
                    if (v == null) {
                        ps.setNull(k + 1, Types.BIGINT);
                    } else {
                        ps.setLong(k + 1, ((Number) v).longValue());
                    }
                }
                case INT -> {
                    if (v == null) {
                        ps.setNull(k + 1, Types.INTEGER);
                    } else {
                        ps.setInt(k + 1, ((Number) v).intValue());
                    }
                }
                case BOOL -> ps.setBoolean(k + 1, v != null && (Boolean) v);
            }
        }
    }

    /** The row's values for the desktop's columns ({@link Table#localColumns()}), booleans as 0/1. */
    static Object[] localValues(Table t, Object[] row) {
        List<Column> local = t.localColumns();
        Object[] out = new Object[local.size()];
        int i = 0;
        for (int k = 0; k < row.length; k++) {
            Column c = t.columns().get(k);
            if (c.name().equals("deleted") && !t.localDeleted()) {
                continue;
            }
            Object v = row[k];
            out[i++] = v instanceof Boolean b ? (b ? 1 : 0) : v;
        }
        return out;
    }

    static String text(Table t, Object[] row, String column) {
        Object v = row[t.index(column)];
        return v == null ? null : v.toString();
    }

    static boolean flag(Table t, Object[] row, String column) {
        int i = t.index(column);
        return i >= 0 && Boolean.TRUE.equals(row[i]);
    }

    // ------------------------------------------------------------------ field-by-field merge

    static Map<String, String> fieldClocks(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> m = JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** A field's clock: its own entry, else the row's hlc if the row was written whole, else '' (older than any). */
    static String fieldClock(Map<String, String> clocks, String hlc, String field) {
        String v = clocks.get(field);
        if (v != null) {
            return v;
        }
        return clocks.isEmpty() ? hlc : "";
    }

    /**
     * Merges {@code incoming} into {@code current} field by field, keeping for each field the value
     * with the greater field clock. Returns the merged row, or null when incoming has nothing newer.
     */
    static Object[] mergeFields(Table t, Object[] current, Object[] incoming) {
        int fh = t.index("field_hlc");
        int hlc = t.index("hlc");
        Map<String, String> a = fieldClocks((String) current[fh]);
        Map<String, String> b = fieldClocks((String) incoming[fh]);
        String aHlc = (String) current[hlc];
        String bHlc = (String) incoming[hlc];
        Object[] merged = current.clone();
        Map<String, String> clocks = new TreeMap<>();
        boolean changed = false;
        for (String f : t.mergeFields()) {
            String ca = fieldClock(a, aHlc, f);
            String cb = fieldClock(b, bHlc, f);
            if (cb.compareTo(ca) > 0) {
                merged[t.index(f)] = incoming[t.index(f)];
                changed = true;
                clocks.put(f, cb);
            } else if (!ca.isEmpty()) {
                clocks.put(f, ca);
            }
        }
        if (!changed) {
            return null;
        }
        try {
            merged[fh] = JSON.writeValueAsString(clocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        merged[hlc] = aHlc.compareTo(bHlc) >= 0 ? aHlc : bHlc;
        merged[t.index("origin")] = incoming[t.index("origin")];
        return merged;
    }
}
