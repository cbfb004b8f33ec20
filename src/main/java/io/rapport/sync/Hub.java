package io.rapport.sync;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The team's PostgreSQL hub: its schema ({@code rapport}, Flyway scripts in
 * {@code db/migration/postgresql}, history in {@code rapport.hub_schema_history}), its users and
 * the operator's actions. Who may read and write what is enforced by the database itself (group
 * roles, grants and row-level security); see docs/adr/0002.
 */
public final class Hub implements AutoCloseable {
    /** Flyway reports through java.util.logging; only its warnings matter to an operator. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** The newest hub schema this Rapport knows; a test keeps it equal to the highest script number. */
    public static final int LATEST = 2;
    public static final String SCHEMA = "rapport";
    public static final String HISTORY_TABLE = "hub_schema_history";

    /** Login names: lower case, so that the name in rapport.users is exactly current_user. */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String user;
    private final String password;
    private final Connection connection;

    private Hub(String url, String user, String password, Connection connection) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connection = connection;
    }

    /** Connects; user and password may be null when the URL or the server supplies them. */
    public static Hub connect(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no hub URL given (e.g. --url jdbc:postgresql://host:5432/rapport)");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the hub URL must start with jdbc:postgresql: (got " + url + ")");
        }
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "rapport");
        // an unreachable hub fails within seconds instead of hanging a sync or a command
        if (!url.contains("connectTimeout")) {
            props.setProperty("connectTimeout", "10");
        }
        props.setProperty("tcpKeepAlive", "true");
        try {
            return new Hub(url, user, password, DriverManager.getConnection(url, props));
        } catch (SQLException e) {
            throw new HubException("cannot connect to the hub at " + url + ": " + firstLine(e), e);
        }
    }

    /** The open connection (logged in as the user given to {@link #connect}). */
    public Connection connection() {
        return connection;
    }

    /**
     * Creates or updates the hub schema; idempotent. Refuses a hub written by a newer Rapport.
     * Run as the role that is to own the hub (it needs CREATE on the database and CREATEROLE).
     * @return the schema version afterwards
     */
    public int init() {
        int current = schemaVersion();
        if (current > LATEST) {
            throw newerHub(current);
        }
        if (current == LATEST) {
            return current;
        }
        try {
            Flyway.configure(Hub.class.getClassLoader())
                    .dataSource(url, user, password)
                    .schemas(SCHEMA)
                    .defaultSchema(SCHEMA)
                    .createSchemas(true)
                    .table(HISTORY_TABLE)
                    .locations("classpath:db/migration/postgresql")
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new HubException("setting up the hub at " + url + " (schema version " + LATEST
                    + ") failed; it was left at version " + current + ": " + firstLine(e), e);
        }
        return schemaVersion();
    }

    /** The highest successfully applied hub schema version, 0 for a database without a hub. */
    public int schemaVersion() {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + SCHEMA + "." + HISTORY_TABLE + "') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version::int), 0) FROM " + SCHEMA + "."
                    + HISTORY_TABLE + " WHERE success AND version IS NOT NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new HubException("cannot read the hub's schema version at " + url + ": " + firstLine(e), e);
        }
    }

    /** Fails unless the hub is exactly at the version this Rapport syncs with. */
    public void requireCurrent() {
        int v = schemaVersion();
        if (v > LATEST) {
            throw newerHub(v);
        }
        if (v < LATEST) {
            throw new HubException("the hub at " + url + " is at schema version " + v + "; this Rapport needs "
                    + LATEST + ": ask the hub's operator to run `rapport hub init`");
        }
    }

    private HubException newerHub(int v) {
        return new HubException("the hub at " + url + " was set up by a newer Rapport (schema version " + v
                + ", this version knows " + LATEST + "); update Rapport to use it");
    }

    /**
     * Adds a login role with the password, in the group role of {@code role}, and its row in
     * {@code rapport.users}. Run as the hub's owner (or a role with CREATEROLE and admin on the groups).
     */
    public void addUser(String name, HubRole role, String team, String newPassword) {
        checkLogin(name);
        if (role == null) {
            throw new IllegalArgumentException("no role given: use agent, lead, trainer or admin");
        }
        if (newPassword == null || newPassword.length() < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
        String t = team == null || team.isBlank() ? null : team.strip();
        requireCurrent();
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            throw new IllegalArgumentException("a database role named '" + name + "' already exists");
                        }
                    }
                }
                String ddl;
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', ?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, newPassword);
                    ps.setString(3, role.groupRole());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ddl = rs.getString(1);
                    }
                }
                try (Statement st = connection.createStatement()) {
                    st.execute(ddl);
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO rapport.users (login, role, team) VALUES (?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, role.key());
                    ps.setString(3, t);
                    ps.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new HubException("adding the user '" + name + "' failed: " + firstLine(e), e);
        }
    }

    /**
     * Erases a customer's personal data on the hub (right to erasure): blanks the customer, its
     * contact points and the text of its interactions, notes and follow-ups, tombstones the customer,
     * writes an audit entry and, through the triggers, change rows so desktops learn of it.
     * Run as the owner or an admin.
     * @param by who asked for it or why (ticket, request), kept in the audit entry
     */
    public void eraseCustomer(String id, String by) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no customer id given");
        }
        requireCurrent();
        try (PreparedStatement ps = connection.prepareStatement("SELECT rapport.erase_customer(?, ?)")) {
            ps.setString(1, id.strip());
            ps.setString(2, by);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalArgumentException("no customer " + id + " on the hub");
                }
            }
        } catch (SQLException e) {
            throw new HubException("erasing the customer " + id + " failed: " + firstLine(e), e);
        }
    }

    /** Refuses names that are not plain lower-case logins or that belong to PostgreSQL or the hub's groups. */
    static void checkLogin(String name) {
        if (name == null || !LOGIN.matcher(name).matches() || name.startsWith("rapport_") || name.startsWith("pg_")
                || name.equals("postgres") || name.equals("public")) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': use lower-case letters, digits, '_', '.' or '-', starting with a letter (not rapport_ or pg_)");
        }
    }

    /** Appends an audit entry: the connected user opened this customer's history. */
    public void recordOpened(String customerId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO rapport.audit_log (action, customer_id) VALUES ('opened', ?)")) {
            ps.setString(1, customerId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HubException("recording access to customer " + customerId + " failed: " + firstLine(e), e);
        }
    }

    /** A fresh random password (24 URL-safe characters, 144 bits). */
    public static String newPassword() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed is not worth reporting
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
