package io.rapport.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code rapport hub local}: a hub on this machine for trying team sync, in an embedded PostgreSQL
 * whose data lives in {@code FOLDER/pgdata} (kept between runs). On the first run the server is
 * closed to password logins only (SCRAM), the superuser {@code postgres} gets a random password
 * kept in {@code FOLDER/owner.password}, the database {@code rapport} gets the hub schema, and the
 * requested user is created with a password kept in {@code FOLDER/NAME.password} (all files 0600).
 * The server listens on the loopback interface only.
 */
public final class LocalHub implements AutoCloseable {
    /** The embedded server's start-up chatter (and the server's own log) stays out of the operator's terminal. */
    private static final java.util.logging.Logger ZONKY_LOG = java.util.logging.Logger.getLogger("io.zonky");

    static {
        ZONKY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** Away from 5432 so that a local hub and a system PostgreSQL can run side by side. */
    public static final int DEFAULT_PORT = 54329;
    public static final String DATABASE = "rapport";
    public static final String OWNER = "postgres";

    /** What a desktop needs to connect; {@code created} is true when the user was made by this run. */
    public record Login(String url, String user, String password, HubRole role, boolean created) {
    }

    private final EmbeddedPostgres pg;
    private final Path folder;
    private final Login login;

    private LocalHub(EmbeddedPostgres pg, Path folder, Login login) {
        this.pg = pg;
        this.folder = folder;
        this.login = login;
    }

    /**
     * Starts (creating on first use) the local hub in {@code folder} on {@code port}, and makes
     * sure {@code user} exists with {@code role} in team {@code team}.
     */
    public static LocalHub start(Path folder, int port, String user, HubRole role, String team) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port);
        }
        Hub.checkLogin(user);
        requireFreePort(port);
        Path data = folder.toAbsolutePath().resolve("pgdata");
        Path ownerFile = folder.toAbsolutePath().resolve("owner.password");
        boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
        String ownerPassword;
        try {
            Files.createDirectories(folder);
            if (fresh) {
                ownerPassword = Hub.newPassword();
                writeSecret(ownerFile, ownerPassword);
            } else if (Files.isRegularFile(ownerFile)) {
                ownerPassword = Files.readString(ownerFile, StandardCharsets.UTF_8).strip();
            } else {
                throw new HubException("the local hub in " + folder + " has no owner.password file; "
                        + "it cannot be opened (move pgdata away to start afresh)");
            }
        } catch (IOException e) {
            throw new HubException("cannot use the folder " + folder + ": " + Hub.firstLine(e), e);
        }
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", ownerPassword)
                    .setConnectConfig("connectTimeout", "10")
                    .setConnectConfig("socketTimeout", "30")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new HubException("cannot start PostgreSQL for the local hub on port " + port
                    + " (in use by another server? try --port): " + Hub.firstLine(e), e);
        }
        try {
            if (fresh) {
                secure(pg, data, ownerPassword);
            }
            String base = "jdbc:postgresql://localhost:" + port + "/";
            try (Connection c = DriverManager.getConnection(base + "postgres", OWNER, ownerPassword);
                    Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                    if (!rs.next()) {
                        st.execute("CREATE DATABASE " + DATABASE);
                    }
                }
            }
            String url = base + DATABASE;
            Login login;
            try (Hub hub = Hub.connect(url, OWNER, ownerPassword)) {
                hub.init();
                login = ensureUser(hub, folder.toAbsolutePath(), user, role, team, url);
            }
            return new LocalHub(pg, folder.toAbsolutePath(), login);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                pg.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof IllegalArgumentException || e instanceof HubException) {
                throw (RuntimeException) e;
            }
            throw new HubException("setting up the local hub failed: " + Hub.firstLine(e), e);
        }
    }

    private static void requireFreePort(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new HubException("port " + port + " is in use (another server?); choose another with --port");
        }
    }

    /** First run: initdb made a trust-everyone server; give the superuser a password and require passwords. */
    private static void secure(EmbeddedPostgres pg, Path data, String ownerPassword) throws SQLException, IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
                ps.setString(1, OWNER);
                ps.setString(2, ownerPassword);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    st.execute(rs.getString(1));
                }
            }
            Files.writeString(data.resolve("pg_hba.conf"), "# written by rapport hub local: passwords only\n"
                    + "local all all scram-sha-256\n"
                    + "host  all all 127.0.0.1/32 scram-sha-256\n"
                    + "host  all all ::1/128 scram-sha-256\n", StandardCharsets.UTF_8);
            st.execute("SELECT pg_reload_conf()");
        }
    }

    private static Login ensureUser(Hub hub, Path folder, String user, HubRole role, String team, String url)
            throws SQLException, IOException {
        Path secret = folder.resolve(user + ".password");
        boolean exists;
        try (PreparedStatement ps = hub.connection().prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        if (exists) {
            String pw = Files.isRegularFile(secret) ? Files.readString(secret, StandardCharsets.UTF_8).strip() : null;
            HubRole actual = role;
            try (PreparedStatement ps = hub.connection().prepareStatement("SELECT role FROM rapport.users WHERE login = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        actual = HubRole.parse(rs.getString(1));
                    }
                }
            }
            return new Login(url, user, pw, actual, false);
        }
        String pw = Hub.newPassword();
        hub.addUser(user, role, team, pw);
        writeSecret(secret, pw);
        return new Login(url, user, pw, role, true);
    }

    private static void writeSecret(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    }

    public Login login() {
        return login;
    }

    public int port() {
        return pg.getPort();
    }

    /** Where the database files live. */
    public Path dataDirectory() {
        return folder.resolve("pgdata");
    }

    public Path ownerPasswordFile() {
        return folder.resolve("owner.password");
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new HubException("stopping the local hub failed: " + Hub.firstLine(e), e);
        }
    }
}
