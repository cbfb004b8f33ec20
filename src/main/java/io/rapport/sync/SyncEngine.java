package io.rapport.sync;

import io.rapport.config.Settings;
import io.rapport.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Team sync between this desktop's store and the hub: pushes the outbox, pulls the change log.
 *
 * <p>{@link #syncNow} does one push and one pull on the calling thread (the command line).
 * {@link #start} runs the background loop of the window: it LISTENs on {@code rapport_changes}
 * and pulls within a moment of a change on the hub, pulls every 30 s anyway, pushes whenever
 * the outbox is not empty (checked every second), and backs off exponentially (1 s to 60 s)
 * while the hub is unreachable. Nothing is lost when the hub is away: the outbox keeps growing
 * and drains on reconnect. See docs/adr/0002 for the cursor and the merge rules.
 */
public final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());
    public static final String PASSWORD_ENV = "RAPPORT_HUB_PASSWORD";
    public static final String CHANNEL = "rapport_changes";
    static final long PERIODIC_PULL_MS = 30_000;
    static final long PUSH_POLL_MS = 1_000;
    static final long MAX_BACKOFF_MS = 60_000;

    /** What the status bar and {@code rapport sync status} show. */
    public record Status(String hubUrl, String user, boolean online, Instant lastSync, long pending,
            String lastError, long rejected) {
    }

    /** Called after each pulled page: changes read so far, the cursor, and the hub's newest seq. */
    @FunctionalInterface
    public interface Progress {
        void onPage(long read, long cursor, long newest);
    }

    /** What one {@link #syncNow} did. */
    public record Report(int pushedEntries, int pushedRows, int rejected, int pulledChanges, int applied,
            long cursor) {
    }

    private final Database db;
    private final String url;
    private final String user;
    private final String password;
    private final Push push;
    private final Pull pull;
    private final ReentrantLock cycle = new ReentrantLock();
    private volatile boolean online;
    private volatile String lastError;
    private volatile Instant lastSync;
    private volatile boolean running;
    private volatile Thread loop;
    private Hub loopHub;

    public SyncEngine(Database db, String url, String user, String password) {
        this.db = db;
        this.url = url;
        this.user = user;
        this.password = password;
        this.push = new Push(db);
        this.pull = new Pull(db);
        String last = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = 'sync.last'"));
        this.lastSync = last == null ? null : Instant.ofEpochMilli(Long.parseLong(last));
        this.lastError = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = 'sync.error'"));
    }

    /**
     * The engine for the hub named in the settings ({@code hub.url}, {@code hub.user}) with the
     * password from {@code RAPPORT_HUB_PASSWORD}; empty when no hub is configured.
     */
    public static Optional<SyncEngine> configured(Database db, Settings settings) {
        String u = settings.get("hub.url", null);
        if (u == null) {
            return Optional.empty();
        }
        return Optional.of(new SyncEngine(db, u, settings.get("hub.user", null), System.getenv(PASSWORD_ENV)));
    }

    public String hubUrl() {
        return url;
    }

    public String user() {
        return user;
    }

    // ------------------------------------------------------------------ one cycle

    /**
     * Pushes the whole outbox, then pulls everything the hub has, on this thread. Stops between
     * batches when {@code cancelled} says so (what was done is kept). Throws {@link HubException}
     * with a one-line reason when the hub cannot be used; the outbox then stays as it was.
     */
    public Report syncNow(BooleanSupplier cancelled, Progress progress) {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        cycle.lock();
        try (Hub hub = connect()) {
            Push.Result p = push.pushAll(hub.connection(), stop);
            Pull.Result r = pull.pullAll(hub.connection(), stop, progress);
            succeeded(true);
            return new Report(p.entries(), p.rows(), p.rejected(), r.changes(), r.applied(), r.cursor());
        } catch (SQLException e) {
            HubException h = new HubException("sync with the hub at " + url + " failed: " + Hub.firstLine(e), e);
            failed(h);
            throw h;
        } catch (HubException e) {
            failed(e);
            throw e;
        } finally {
            cycle.unlock();
        }
    }

    /** Pushes once on this thread (tests, and the loop). */
    Push.Result pushOnce() {
        cycle.lock();
        try (Hub hub = connect()) {
            return push.pushAll(hub.connection(), () -> false);
        } catch (SQLException e) {
            throw new HubException("push to " + url + " failed: " + Hub.firstLine(e), e);
        } finally {
            cycle.unlock();
        }
    }

    /** Pulls once on this thread (tests). */
    Pull.Result pullOnce() {
        cycle.lock();
        try (Hub hub = connect()) {
            return pull.pullAll(hub.connection(), () -> false, null);
        } catch (SQLException e) {
            throw new HubException("pull from " + url + " failed: " + Hub.firstLine(e), e);
        } finally {
            cycle.unlock();
        }
    }

    Push push() {
        return push;
    }

    /** Connects, checks the hub's schema version and re-bases the cursor when the hub changed. */
    private Hub connect() {
        Hub hub = Hub.connect(url, user, password);
        try {
            hub.requireCurrent();
            db.write(c -> {
                String known = c.queryString("SELECT value FROM meta WHERE key = 'sync.hub'");
                if (!url.equals(known)) {
                    // another hub: its change log numbers mean nothing here; read it from the start
                    c.update("INSERT INTO meta (key, value) VALUES ('sync.hub', ?) ON CONFLICT (key) "
                            + "DO UPDATE SET value = excluded.value", url);
                    c.update("DELETE FROM meta WHERE key = ?", Pull.CURSOR);
                }
                return null;
            });
            return hub;
        } catch (RuntimeException e) {
            hub.close();
            throw e;
        }
    }

    private void succeeded(boolean persist) {
        online = true;
        lastError = null;
        lastSync = Instant.now();
        if (persist) {
            long now = lastSync.toEpochMilli();
            db.write(c -> {
                c.update("INSERT INTO meta (key, value) VALUES ('sync.last', ?) ON CONFLICT (key) "
                        + "DO UPDATE SET value = excluded.value", Long.toString(now));
                c.update("DELETE FROM meta WHERE key = 'sync.error'");
                return null;
            });
        }
    }

    private void failed(RuntimeException e) {
        boolean changed = !String.valueOf(e.getMessage()).equals(lastError);
        online = false;
        lastError = e.getMessage();
        if (changed) {
            LOG.log(Level.WARNING, "sync: {0}", e.getMessage());
            try {
                String m = e.getMessage();
                db.write(c -> c.update("INSERT INTO meta (key, value) VALUES ('sync.error', ?) ON CONFLICT (key) "
                        + "DO UPDATE SET value = excluded.value", m == null ? e.getClass().getSimpleName() : m));
            } catch (RuntimeException ignored) {
                // the store may be closing
            }
        }
    }

    // ------------------------------------------------------------------ status

    public Status status() {
        long pending = db.read(c -> c.queryLong("SELECT count(*) FROM outbox"));
        String rejected = db.read(c -> c.queryString("SELECT value FROM meta WHERE key = 'sync.rejected'"));
        return new Status(url, user, online, lastSync, pending, lastError,
                rejected == null ? 0 : Long.parseLong(rejected));
    }

    /** Entries waiting in the outbox. */
    public long pending() {
        return db.read(c -> c.queryLong("SELECT count(*) FROM outbox"));
    }

    // ------------------------------------------------------------------ the background loop

    /** Starts the background loop (idempotent). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "rapport-sync");
        t.setDaemon(true);
        loop = t;
        t.start();
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        long backoff = PUSH_POLL_MS;
        long lastPull = 0;
        boolean wantPull = true;
        while (running) {
            try {
                if (loopHub == null) {
                    loopHub = connect();
                    try (Statement st = loopHub.connection().createStatement()) {
                        st.execute("LISTEN " + CHANNEL);
                    }
                    wantPull = true;
                    online = true;
                }
                Connection hub = loopHub.connection();
                boolean did = false;
                if (pending() > 0) {
                    cycle.lock();
                    try {
                        push.pushAll(hub, () -> !running);
                    } finally {
                        cycle.unlock();
                    }
                    did = true;
                }
                if (wantPull || System.currentTimeMillis() - lastPull >= PERIODIC_PULL_MS) {
                    wantPull = false;
                    cycle.lock();
                    try {
                        pull.pullAll(hub, () -> !running, null);
                    } finally {
                        cycle.unlock();
                    }
                    lastPull = System.currentTimeMillis();
                    did = true;
                }
                if (did) {
                    succeeded(lastError != null || lastSync == null
                            || System.currentTimeMillis() - lastSync.toEpochMilli() > PERIODIC_PULL_MS);
                }
                backoff = PUSH_POLL_MS;
                PGNotification[] n = hub.unwrap(PGConnection.class).getNotifications((int) PUSH_POLL_MS);
                if (n != null && n.length > 0) {
                    wantPull = true;
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failed(e instanceof HubException h ? h
                        : new HubException("sync with the hub at " + url + " failed: " + Hub.firstLine(e), e));
                closeLoopHub();
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        closeLoopHub();
    }

    private void closeLoopHub() {
        if (loopHub != null) {
            loopHub.close();
            loopHub = null;
        }
    }

    private void sleep(long ms) {
        long until = System.currentTimeMillis() + ms;
        while (running && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, until - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the background loop (waits for the current batch to finish) and closes its connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = loop;
            loop = null;
        }
        if (t != null) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
