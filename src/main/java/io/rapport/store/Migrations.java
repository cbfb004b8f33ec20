package io.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Versioned schema migrations (Flyway, scripts in {@code db/migration/sqlite}). The app checks
 * the recorded version first and starts Flyway only when something is pending, because
 * Flyway's classpath scan costs a few hundred milliseconds of cold start.
 */
public final class Migrations {
    /** Flyway reports through java.util.logging; only its warnings matter to a user. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** The newest migration shipped; a test keeps it equal to the highest script number. */
    public static final int LATEST = 4;

    private Migrations() {
    }

    static void migrate(Path file) throws SQLException {
        int current = currentVersion(file);
        if (current == LATEST) {
            return;
        }
        if (current > LATEST) {
            throw new StoreException("The store " + file + " was written by a newer Rapport (schema version "
                    + current + ", this version knows " + LATEST + "). Update Rapport to open it.");
        }
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                    .locations("classpath:db/migration/sqlite")
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("Updating the store " + file + " to schema version " + LATEST
                    + " failed; it was left at version " + current + ": " + e.getMessage(), e);
        }
    }

    static void requireCurrent(Path file) throws SQLException {
        int current = currentVersion(file);
        if (current != LATEST) {
            throw new StoreException("The store " + file + " is read-only and at schema version " + current
                    + "; this Rapport needs version " + LATEST + " and cannot update a read-only file.");
        }
    }

    /** The highest successfully applied version, 0 for a new store. */
    public static int currentVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
