package io.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The local SQLite store: one file, WAL mode, one writer and a few readers.
 *
 * <p>Writes are serialised through one connection in IMMEDIATE transactions (SQLite has one
 * writer anyway, and taking the lock up front avoids deadlocks on lock upgrade); reads use a
 * small pool so the timeline, lookup and a long import never wait for each other.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 3;
    static final int PAGE_SIZE = Integer.getInteger("rapport.pageSize", 8192);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final boolean readOnly;
    private final Conn writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Conn> readers;
    private final List<Conn> all = new ArrayList<>();
    private final String deviceId;
    private final HybridClock clock;
    private volatile boolean closed;

    private Database(Path file, boolean readOnly) throws SQLException {
        this.file = file;
        this.readOnly = readOnly;
        this.writer = readOnly ? null : open(file, false, true);
        if (writer != null) {
            all.add(writer);
        }
        this.readers = new ArrayBlockingQueue<>(READERS);
        for (int i = 0; i < READERS; i++) {
            Conn c = open(file, true, false);
            all.add(c);
            readers.add(c);
        }
        this.deviceId = readOnly ? read(c -> c.queryString("SELECT value FROM meta WHERE key = 'device_id'"))
                : write(Database::ensureDeviceId);
        String last = read(c -> c.queryString("SELECT value FROM meta WHERE key = 'hlc'"));
        this.clock = new HybridClock(shortNode(deviceId), last);
    }

    /**
     * Opens (creating if needed) the store at {@code file}, applies pending migrations and
     * returns it. A file that is not writable opens read-only; a file that is not a SQLite
     * database is refused with a message naming it, and is never modified.
     */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            boolean exists = Files.exists(file);
            if (exists) {
                checkHeader(file);
            } else {
                createOwnerOnly(file);
                initialise(file);
            }
            boolean readOnly = exists && !Files.isWritable(file);
            if (!readOnly) {
                Migrations.migrate(file);
            } else {
                Migrations.requireCurrent(file);
            }
            return new Database(file, readOnly);
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return;
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            boolean ok = n == head.length;
            for (int i = 0; ok && i < head.length; i++) {
                ok = head[i] == SQLITE_MAGIC[i];
            }
            if (!ok) {
                throw new StoreException("The store " + file + " is not a Rapport database or is damaged "
                        + "(its header is wrong). It was left untouched; restore a backup with "
                        + "'rapport backup' files or move it away to start a new store.");
            }
        }
    }

    static void createOwnerOnly(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (dir != null && !Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /**
     * Fixes the new file's page size and WAL mode before anything is written: 8 KiB pages hold
     * a contact's text with fewer overflow pages and make bulk imports faster.
     */
    private static void initialise(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(PAGE_SIZE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 1");
        }
    }

    static Conn open(Path file, boolean reader, boolean immediate) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(reader ? -16_000 : -32_000);
        config.enforceForeignKeys(false);
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT,
                    Integer.getInteger("rapport.walCheckpoint", 10_000).toString());
        }
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        c.setAutoCommit(reader);
        return new Conn(c);
    }

    private static String ensureDeviceId(Conn c) throws SQLException {
        String id = c.queryString("SELECT value FROM meta WHERE key = 'device_id'");
        if (id == null) {
            id = UUID.randomUUID().toString();
            c.update("INSERT INTO meta (key, value) VALUES ('device_id', ?)", id);
        }
        return id;
    }

    private static String shortNode(String deviceId) {
        String s = deviceId == null ? "" : deviceId.replace("-", "");
        // a device id is a UUID; anything shorter (an old or hand-made store) is padded, not refused
        return (s + "00000000").substring(0, 8);
    }

    /** Runs {@code work} on a reader connection. Safe from any thread except the FX thread. */
    public <T> T read(SqlFunction<T> work) {
        ensureOpen();
        Conn c;
        try {
            c = readers.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the store", e);
        }
        if (c == null) {
            throw new StoreException("The store is busy: no reader became free within 30 s");
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            readers.add(c);
        }
    }

    /**
     * Runs {@code work} in one write transaction: committed if it returns, rolled back if it
     * throws. Nested calls from the same thread join the outer transaction.
     */
    public <T> T write(SqlFunction<T> work) {
        ensureOpen();
        if (readOnly) {
            throw new StoreException("The store " + file + " is read-only: changes cannot be saved. "
                    + "Check the file's permissions or the disk.");
        }
        boolean outer = !writeLock.isHeldByCurrentThread();
        writeLock.lock();
        try {
            T result = work.apply(writer);
            if (outer) {
                writer.jdbc().commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (outer) {
                rollbackQuietly();
            }
            if (e instanceof SQLException se) {
                throw translate(se, file);
            }
            throw (RuntimeException) e;
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            writer.jdbc().rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    /** A new hybrid-logical-clock value for a change made on this device. */
    public String tick() {
        return clock.tick();
    }

    /** Advances the clock past a value received from another device. */
    public void observe(String remoteHlc) {
        clock.observe(remoteHlc);
    }

    public String deviceId() {
        return deviceId;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Bytes on disk: the database file and its write-ahead log. */
    public long sizeOnDisk() {
        long size = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            try {
                Path p = Path.of(file + suffix);
                if (Files.exists(p)) {
                    size += Files.size(p);
                }
            } catch (IOException ignored) {
                // a missing WAL is fine
            }
        }
        return size;
    }

    /**
     * Checks the file's structure. Returns an empty list when it is sound, otherwise what SQLite
     * reported. {@code full} runs integrity_check (reads every page); otherwise quick_check.
     */
    public List<String> checkIntegrity(boolean full) {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (var st = c.jdbc().createStatement();
                    var rs = st.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add(line);
                    }
                }
            }
            return problems;
        });
    }

    /**
     * Copies the live store to {@code target} with SQLite's online backup API, which is
     * consistent while the app keeps writing. The copy is owner-only like the store itself.
     */
    public void backup(Path target, BackupProgress progress) {
        ensureOpen();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(tmp);
            createOwnerOnly(tmp);
            Conn c = readers.take();
            try {
                SQLiteConnection sc = c.jdbc().unwrap(SQLiteConnection.class);
                int rc = sc.getDatabase().backup("main", tmp.toAbsolutePath().toString(),
                        (remaining, total) -> {
                            if (progress != null && !progress.onProgress(total - remaining, total)) {
                                throw new BackupCancelled();
                            }
                        });
                if (rc != 0) {
                    throw new StoreException("Backup to " + target + " failed (SQLite code " + rc + ")");
                }
            } finally {
                readers.add(c);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (BackupCancelled e) {
            deleteQuietly(tmp);
            throw new StoreException("Backup cancelled; " + target + " was not written");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(tmp);
            throw new StoreException("Backup interrupted", e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StoreException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw translate(e, target);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    /** Receives backup progress; return false to cancel. */
    @FunctionalInterface
    public interface BackupProgress {
        boolean onProgress(long pagesDone, long pagesTotal);
    }

    private static final class BackupCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BackupCancelled() {
            super(null, null, false, false);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The store " + file + " is closed");
        }
    }

    /** Turns SQLite's error codes into messages that say what to do. */
    public static StoreException translate(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        String base = code == null ? "" : code.name();
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new StoreException("The store " + file + " is locked by another program (another Rapport, "
                    + "an import or a backup?). Try again when it has finished.", e);
        }
        if (base.startsWith("SQLITE_READONLY")) {
            return new StoreException("The store " + file + " is read-only: changes cannot be saved. "
                    + "Check the file's permissions or the disk.", e);
        }
        if (base.startsWith("SQLITE_FULL")) {
            return new StoreException("The disk holding " + file + " is full: nothing was saved. "
                    + "Free some space; your text is kept.", e);
        }
        if (base.startsWith("SQLITE_CORRUPT") || base.startsWith("SQLITE_NOTADB")) {
            return new StoreException("The store " + file + " is damaged (" + base + "). Restore a backup "
                    + "('rapport backup' makes one) or move the file away to start a new store.", e);
        }
        if (base.startsWith("SQLITE_CANTOPEN")) {
            return new StoreException("Cannot open the store " + file + ": check that the folder exists "
                    + "and is writable.", e);
        }
        if (base.startsWith("SQLITE_IOERR")) {
            return new StoreException("Reading or writing " + file + " failed (" + base + "): "
                    + "check the disk.", e);
        }
        return new StoreException("Store error in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (!readOnly) {
            try {
                String hlc = clock.last();
                write(c -> c.update("INSERT INTO meta (key, value) VALUES ('hlc', ?) "
                        + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", hlc));
            } catch (StoreException ignored) {
                // closing anyway
            }
        }
        closed = true;
        writeLock.lock();
        try {
            for (Conn c : all) {
                c.close();
            }
        } finally {
            writeLock.unlock();
        }
    }
}
