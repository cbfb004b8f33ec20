package io.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * One SQLite connection with a cache of prepared statements. Preparing costs tens of
 * microseconds, as much as a lookup by primary key, so statements are prepared once per
 * connection and reused. A Conn is used by one thread at a time (the {@link Database} hands it out).
 */
public final class Conn implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Conn(Connection connection) {
        this.connection = connection;
    }

    /** A cached prepared statement with its parameters cleared. */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** Runs SQL without parameters (DDL, pragmas). */
    public void exec(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    public long queryLong(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    public String queryString(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public int update(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** The raw JDBC connection, for the few places that need driver features. */
    public Connection jdbc() {
        return connection;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
