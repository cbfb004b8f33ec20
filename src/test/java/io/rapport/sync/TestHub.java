package io.rapport.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for hub tests: one embedded server, a non-superuser owner role (as in
 * production, so FORCE row-level security applies to it) and a fresh database per call to {@link #newDatabase}.
 */
final class TestHub implements AutoCloseable {
    static final String OWNER = "hubowner";
    static final String OWNER_PASSWORD = "owner-secret";

    final EmbeddedPostgres pg;

    TestHub() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + OWNER + " LOGIN CREATEROLE PASSWORD '" + OWNER_PASSWORD + "'");
        }
    }

    /** Creates a database owned by the hub owner and returns its JDBC URL. */
    String newDatabase(String name) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        }
        return url(name);
    }

    String url(String db) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + db;
    }

    Hub owner(String url) {
        return Hub.connect(url, OWNER, OWNER_PASSWORD);
    }

    Connection login(String url, String user) throws SQLException {
        return DriverManager.getConnection(url, user, "password-of-" + user);
    }

    Connection superuser(String db) throws SQLException {
        return DriverManager.getConnection(url(db), "postgres", "");
    }

    @Override
    public void close() throws Exception {
        pg.close();
    }
}
