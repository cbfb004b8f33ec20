package io.rapport.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.CustomerHit;
import io.rapport.customer.Direction;
import io.rapport.support.TestStores;
import io.rapport.wrapup.Contact;
import io.rapport.wrapup.Draft;
import io.rapport.wrapup.WrapUpFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desktops (two real stores) syncing through one real hub (embedded PostgreSQL). */
class SyncEngineTest {
    static final String ANNA = "anna.k";
    static final String BEN = "ben.k";
    static TestHub server;
    static final AtomicInteger DBS = new AtomicInteger();

    @TempDir
    Path dir;
    String url;
    AppServices a;
    AppServices b;
    SyncEngine syncA;
    SyncEngine syncB;

    @BeforeAll
    static void start() throws Exception {
        server = new TestHub();
        String first = server.newDatabase("sync0");
        try (Hub hub = server.owner(first)) {
            hub.init();
            hub.addUser(ANNA, HubRole.AGENT, "red", "password-of-" + ANNA);
            hub.addUser(BEN, HubRole.AGENT, "red", "password-of-" + BEN);
        }
        // passwords count (the embedded server trusts everyone by default); the superuser stays trusted
        try (Connection c = server.superuser("postgres"); Statement st = c.createStatement()) {
            String hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            Files.writeString(Path.of(hba), "local all all trust\n"
                    + "host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n",
                    StandardCharsets.UTF_8);
            st.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A fresh hub database per test (roles are cluster-wide; the users rows are per database). */
    @BeforeEach
    void open() throws Exception {
        url = server.newDatabase("sync" + DBS.incrementAndGet());
        try (Hub hub = server.owner(url); Statement st = hub.connection().createStatement()) {
            hub.init();
            st.execute("INSERT INTO rapport.users (login, role, team) VALUES ('" + ANNA + "', 'agent', 'red'), ('"
                    + BEN + "', 'agent', 'red')");
        }
        a = desktop("a", ANNA);
        b = desktop("b", BEN);
        syncA = new SyncEngine(a.database(), url, ANNA, "password-of-" + ANNA);
        syncB = new SyncEngine(b.database(), url, BEN, "password-of-" + BEN);
    }

    @AfterEach
    void close() {
        syncA.close();
        syncB.close();
        a.close();
        b.close();
    }

    AppServices desktop(String name, String agent) throws Exception {
        Path d = dir.resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve("rapport.properties"), "agent.name=" + agent + "\n", StandardCharsets.UTF_8);
        return TestStores.open(d);
    }

    static List<String> lookup(AppServices s, String q) {
        return s.customerService().lookup(q, 10).stream().map(CustomerHit::customerId).toList();
    }

    /** A customer with one interaction and a submitted wrap-up note (with a follow-up). */
    static String customerWithNote(AppServices s, String name, String phone, String summary) {
        String id = TestStores.customerWith(s, TestStores.customer(name, List.of(phone), List.of()), "Parcel late");
        Draft d = s.wrapUp().open(new Contact(id, Channel.PHONE, Direction.INBOUND, Instant.now().minusSeconds(300),
                null));
        s.wrapUp().submit(d.id(), new WrapUpFields("delivery", "delivery.late", "follow-up", summary,
                "Call when the van leaves", "tomorrow", s.wrapUp().agent(), 2, "courier"), LocalDate.now());
        return id;
    }

    static long count(AppServices s, String sql, Object... params) {
        return s.database().read(c -> c.queryLong(sql, params));
    }

    static String text(AppServices s, String sql, Object... params) {
        return s.database().read(c -> c.queryString(sql, params));
    }

    long hubCount(String sql) throws Exception {
        try (Hub hub = server.owner(url); Statement st = hub.connection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aCustomerInteractionAndNoteMadeOnAAppearOnB() {
        String id = customerWithNote(a, "Jana Nováková", "+420 777 123 456",
                "Courier missed the slot twice; rebooked for tomorrow morning.");
        assertThat(syncA.pending()).isPositive();

        SyncEngine.Report pushed = syncA.syncNow(null, null);
        assertThat(pushed.pushedRows()).isGreaterThanOrEqualTo(5); // customer, phone, 2 interactions, note, follow-up
        assertThat(syncA.pending()).isZero();
        SyncEngine.Report pulled = syncB.syncNow(null, null);
        assertThat(pulled.applied()).isEqualTo(pushed.pushedRows());

        assertThat(lookup(b, "+420 777 123 456")).containsExactly(id);
        assertThat(lookup(b, "rebooked")).contains(id);
        assertThat(lookup(b, "Novakova")).contains(id);
        assertThat(b.customerService().history(id)).isPresent();
        assertThat(count(b, "SELECT count(*) FROM notes WHERE customer_id = ?", id)).isEqualTo(1);
        assertThat(count(b, "SELECT count(*) FROM follow_ups WHERE customer_id = ?", id)).isEqualTo(1);
        assertThat(count(b, "SELECT contacts_total FROM customer_stats WHERE customer_id = ?", id)).isEqualTo(2);
        // applied rows keep A's origin, so B's triggers queued nothing to send back
        assertThat(syncB.pending()).isZero();
        assertThat(text(b, "SELECT origin FROM customers WHERE id = ?", id)).isEqualTo(a.database().deviceId());
        assertThat(syncB.status().online()).isTrue();
        assertThat(syncB.status().lastSync()).isNotNull();
    }

    @Test
    void pushingTheSameBatchTwiceAndPullingTwiceChangeNothing() throws Exception {
        customerWithNote(a, "Petr Dvořák", "+420 602 111 222", "Refund approved, money back in five days.");
        syncA.push().keepOutbox = true;
        Push.Result first = syncA.pushOnce();
        long changes = hubCount("SELECT count(*) FROM rapport.changes");
        Push.Result again = syncA.pushOnce();
        assertThat(first.rows()).isPositive();
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(again.rows()).as("rows changed by the second push").isZero();
        assertThat(hubCount("SELECT count(*) FROM rapport.changes")).isEqualTo(changes);
        syncA.push().keepOutbox = false;
        syncA.pushOnce();
        assertThat(syncA.pending()).isZero();

        Pull.Result p1 = syncB.pullOnce();
        assertThat(p1.applied()).isEqualTo(first.rows());
        long customers = count(b, "SELECT count(*) FROM customers");
        Pull.Result p2 = syncB.pullOnce();
        assertThat(p2.changes()).isZero();
        assertThat(p2.applied()).isZero();
        // even reading the whole change log again applies nothing twice
        b.database().write(c -> c.update("DELETE FROM meta WHERE key = 'sync.cursor'"));
        Pull.Result p3 = syncB.pullOnce();
        assertThat(p3.changes()).isEqualTo(p1.changes());
        assertThat(p3.applied()).isZero();
        assertThat(count(b, "SELECT count(*) FROM customers")).isEqualTo(customers);
        assertThat(count(b, "SELECT count(*) FROM interaction_fts")).isEqualTo(
                count(b, "SELECT count(*) FROM interactions"));
    }

    @Test
    void changesCommittedOutOfSeqOrderArriveExactlyOnce() throws Exception {
        int writers = 4;
        int perWriter = 25;
        AtomicInteger clock = new AtomicInteger();
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // a transaction that takes the smallest seq and commits last
        Connection held = server.login(url, ANNA);
        held.setAutoCommit(false);
        insertCustomer(held, "held", clock, written);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int wi = w;
            jobs.add(pool.submit(() -> {
                try (Connection c = server.login(url, ANNA)) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < perWriter; i++) {
                        insertCustomer(c, "w" + wi + "-" + i, clock, written);
                        if (i % 3 == 0) {
                            insertCustomer(c, "w" + wi + "-" + i + "b", clock, written);
                        }
                        c.commit();
                    }
                }
                return null;
            }));
        }
        long read = 0;
        Set<String> seenBeforeCommit = new HashSet<>();
        while (!jobs.stream().allMatch(Future::isDone)) {
            read += syncB.pullOnce().changes();
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        read += syncB.pullOnce().changes();
        seenBeforeCommit.addAll(localIds(b));
        // the open transaction holds every later change back: delayed, never lost
        assertThat(seenBeforeCommit).doesNotContain(idOf("held"));
        held.commit();
        held.close();
        for (int i = 0; i < 3; i++) {
            read += syncB.pullOnce().changes();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long onHub = hubCount("SELECT count(*) FROM rapport.changes");
        assertThat(onHub).isEqualTo(written.size());
        assertThat(read).as("change rows read (none skipped, none twice)").isEqualTo(onHub);
        assertThat(localIds(b)).containsExactlyInAnyOrderElementsOf(written);
    }

    static String idOf(String name) {
        return "id-" + name;
    }

    static void insertCustomer(Connection c, String name, AtomicInteger clock, Set<String> written) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rapport.customers (id, display_name, created_at, "
                + "updated_at, hlc, origin) VALUES (?, ?, 0, 0, ?, 'writer')")) {
            ps.setString(1, idOf(name));
            ps.setString(2, name);
            ps.setString(3, String.format("%012x%04x-writer", System.currentTimeMillis(), clock.incrementAndGet() & 0xFFFF));
            ps.executeUpdate();
        }
        written.add(idOf(name));
    }

    static List<String> localIds(AppServices s) {
        return s.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.prepare("SELECT id FROM customers").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void offlineWorkQueuesAndDrainsOnReconnect() {
        SyncEngine away = new SyncEngine(a.database(), "jdbc:postgresql://127.0.0.1:1/nohub", ANNA, "x");
        String first = customerWithNote(a, "Eva Malá", "+420 731 000 111", "Wants a callback about the invoice.");
        long queued = away.pending();
        assertThatThrownBy(() -> away.syncNow(null, null)).isInstanceOf(HubException.class)
                .hasMessageContaining("cannot connect to the hub at jdbc:postgresql://127.0.0.1:1/nohub")
                .hasMessageNotContaining("\n");
        assertThat(away.status().online()).isFalse();
        assertThat(away.status().lastError()).contains("cannot connect");
        String second = customerWithNote(a, "Karel Veselý", "+420 731 000 222", "Asked about the warranty terms.");
        assertThat(away.pending()).isGreaterThan(queued);

        SyncEngine wrongPassword = new SyncEngine(a.database(), url, ANNA, "not-the-password");
        assertThatThrownBy(() -> wrongPassword.syncNow(null, null)).isInstanceOf(HubException.class)
                .hasMessageContaining("password authentication failed");
        assertThat(wrongPassword.pending()).isEqualTo(away.pending());

        syncA.syncNow(null, null);
        assertThat(syncA.pending()).isZero();
        assertThat(syncA.status().lastError()).isNull();
        syncB.syncNow(null, null);
        assertThat(lookup(b, "invoice")).contains(first);
        assertThat(lookup(b, "warranty")).contains(second);
    }

    @Test
    void aHubFromANewerRapportIsRefusedAndTheOutboxKept() throws Exception {
        customerWithNote(a, "Jan Novák", "+420 731 000 333", "Changed the delivery address.");
        long queued = syncA.pending();
        try (Connection c = server.superuser(url.substring(url.lastIndexOf('/') + 1)); Statement st = c.createStatement()) {
            st.execute("INSERT INTO rapport.hub_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (100, '" + (Hub.LATEST + 1)
                    + "', 'future', 'SQL', 'V" + (Hub.LATEST + 1) + "__future.sql', 0, 'someone', 1, true)");
        }
        assertThatThrownBy(() -> syncA.syncNow(null, null)).isInstanceOf(HubException.class)
                .hasMessageContaining("newer Rapport");
        assertThat(syncA.pending()).isEqualTo(queued);
    }

    /** A profile edit as the (future) profile editor must write it: the field, its clock in field_hlc, the row clock. */
    static void edit(AppServices s, String id, String field, String value) {
        s.database().write(c -> {
            String hlc = s.database().tick();
            return c.update("UPDATE customers SET " + field + " = ?, field_hlc = json_set(field_hlc, '$." + field
                    + "', ?), hlc = ?, origin = ?, updated_at = ? WHERE id = ?", value, hlc, hlc,
                    s.database().deviceId(), System.currentTimeMillis(), id);
        });
    }

    @Test
    void profileEditsOnBothDesktopsMergeFieldByField() throws Exception {
        String id = TestStores.customerWith(a, TestStores.customer("Lucie Černá", List.of("+420 608 555 444"),
                List.of()), "First call");
        syncA.syncNow(null, null);
        syncB.syncNow(null, null);

        // different fields: both survive, whatever the order of pushes
        edit(a, id, "given_name", "Lucie");
        Thread.sleep(3);
        edit(b, id, "note", "Prefers e-mail");
        syncB.syncNow(null, null); // B pushes first (its clock is the later one)
        syncA.syncNow(null, null);
        syncB.syncNow(null, null);
        for (AppServices s : List.of(a, b)) {
            assertThat(text(s, "SELECT given_name FROM customers WHERE id = ?", id)).isEqualTo("Lucie");
            assertThat(text(s, "SELECT note FROM customers WHERE id = ?", id)).isEqualTo("Prefers e-mail");
        }

        // the same field: the later clock wins on both desktops and the hub
        edit(a, id, "language", "de");
        Thread.sleep(3);
        edit(b, id, "language", "cs");
        syncB.syncNow(null, null);
        syncA.syncNow(null, null);
        syncB.syncNow(null, null);
        assertThat(text(a, "SELECT language FROM customers WHERE id = ?", id)).isEqualTo("cs");
        assertThat(text(b, "SELECT language FROM customers WHERE id = ?", id)).isEqualTo("cs");
        assertThat(text(a, "SELECT given_name FROM customers WHERE id = ?", id)).isEqualTo("Lucie");
        assertThat(hubCount("SELECT count(*) FROM rapport.customers WHERE id = '" + id
                + "' AND language = 'cs' AND given_name = 'Lucie' AND note = 'Prefers e-mail'")).isEqualTo(1);
        assertThat(syncA.pending()).isZero();
        assertThat(syncB.pending()).isZero();
    }

    @Test
    void anErasureOnTheHubReachesTheDesktopAtItsNextPull() {
        String id = customerWithNote(a, "Tomáš Kříž", "+420 777 987 654", "Complained about the damaged sofa.");
        syncA.syncNow(null, null);
        syncB.syncNow(null, null);
        assertThat(lookup(b, "sofa")).contains(id);
        try (Hub hub = server.owner(url)) {
            hub.eraseCustomer(id, "ticket 42");
        }
        SyncEngine.Report r = syncB.syncNow(null, null);
        assertThat(r.applied()).isPositive();
        assertThat(text(b, "SELECT display_name FROM customers WHERE id = ?", id)).isEqualTo("(erased)");
        assertThat(count(b, "SELECT deleted FROM customers WHERE id = ?", id)).isEqualTo(1);
        assertThat(count(b, "SELECT count(*) FROM customer_phones WHERE customer_id = ? AND e164 <> ''", id)).isZero();
        assertThat(count(b, "SELECT count(*) FROM interactions WHERE customer_id = ? AND body IS NOT NULL", id)).isZero();
        assertThat(text(b, "SELECT summary FROM notes WHERE customer_id = ?", id)).isEqualTo("(erased)");
        assertThat(lookup(b, "sofa")).doesNotContain(id);
        assertThat(lookup(b, "+420 777 987 654")).doesNotContain(id);
        assertThat(lookup(b, "Kriz")).doesNotContain(id);
        // A, the desktop that made the customer, is erased too at its next pull
        syncA.syncNow(null, null);
        assertThat(text(a, "SELECT summary FROM notes WHERE customer_id = ?", id)).isEqualTo("(erased)");
        assertThat(lookup(a, "sofa")).doesNotContain(id);
        assertThat(syncA.pending()).isZero();
    }

    @Test
    void withBothLoopsRunningAChangeReachesTheOtherDesktopWithinSeconds() throws Exception {
        syncA.start();
        syncB.start();
        Thread.sleep(500); // both connected and listening
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            String id = TestStores.customerWith(a, TestStores.customer("Latency " + i, List.of("+420 777 000 00" + i),
                    List.of()), "ping " + i);
            while (count(b, "SELECT count(*) FROM customers WHERE id = ?", id) == 0) {
                assertThat(System.nanoTime() - t0).as("arrived within 10 s").isLessThan(10_000_000_000L);
                Thread.sleep(10);
            }
            latencies.add((System.nanoTime() - t0) / 1_000_000);
        }
        System.err.println("sync latency A -> B (ms): " + latencies);
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(3_000));
        assertThat(syncB.status().online()).isTrue();
    }

    @Test
    void aRowTheHubRefusesIsSetAsideAndTheRestIsSent() {
        String id = TestStores.customerWith(a, TestStores.customer("Olga Bílá", List.of("+420 606 123 123"), List.of()),
                "Own call");
        // an interaction recorded as another agent: the hub's row-level security refuses it for anna.k
        a.database().write(c -> a.interactions().insert(c, id, new io.rapport.customer.InteractionDraft(Channel.PHONE,
                Direction.INBOUND, Instant.parse("2026-01-02T10:00:00Z"), null, "someone.else", null, "Not mine",
                "resolved", 0, null, null, null, null), a.database().deviceId()));
        SyncEngine.Report r = syncA.syncNow(null, null);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(syncA.pending()).isZero();
        assertThat(syncA.status().rejected()).isEqualTo(1);
        syncB.syncNow(null, null);
        assertThat(lookup(b, "+420 606 123 123")).containsExactly(id);
        assertThat(count(b, "SELECT count(*) FROM interactions WHERE customer_id = ?", id)).isEqualTo(1);
    }
}
