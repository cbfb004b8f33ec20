package io.rapport.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Setting up a hub, its version check, users, erasure and the change log, on a real PostgreSQL. */
class HubTest {
    static TestHub server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        server = new TestHub();
        url = server.newDatabase("hub");
        try (Hub hub = server.owner(url)) {
            assertThat(hub.schemaVersion()).isZero();
            assertThat(hub.init()).isEqualTo(Hub.LATEST);
            hub.addUser("anna", HubRole.AGENT, "red", "password-of-anna");
            hub.addUser("olga", HubRole.ADMIN, null, "password-of-olga");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void initTwiceIsIdempotent() throws Exception {
        try (Hub hub = server.owner(url)) {
            assertThat(hub.init()).isEqualTo(Hub.LATEST);
            assertThat(hub.init()).isEqualTo(Hub.LATEST);
            hub.requireCurrent();
        }
        try (Connection c = server.superuser("hub"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM rapport.hub_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Hub.LATEST);
        }
    }

    @Test
    void latestIsTheHighestScript() throws Exception {
        var dir = java.nio.file.Path.of(Hub.class.getResource("/db/migration/postgresql").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertThat(Hub.LATEST).isEqualTo(highest);
        }
    }

    @Test
    void aHubFromANewerRapportIsRefused() throws Exception {
        String other = server.newDatabase("newer");
        try (Hub hub = server.owner(other)) {
            hub.init();
        }
        try (Connection c = server.superuser("newer"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO rapport.hub_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (100, '" + (Hub.LATEST + 1)
                    + "', 'future', 'SQL', 'V" + (Hub.LATEST + 1) + "__future.sql', 0, 'someone', 1, true)");
        }
        try (Hub hub = server.owner(other)) {
            assertThat(hub.schemaVersion()).isEqualTo(Hub.LATEST + 1);
            assertThatThrownBy(hub::init).isInstanceOf(HubException.class)
                    .hasMessageContaining("newer Rapport").hasMessageContaining("schema version " + (Hub.LATEST + 1))
                    .hasMessageContaining("update Rapport");
            assertThatThrownBy(hub::requireCurrent).hasMessageContaining("newer Rapport");
        }
    }

    @Test
    void connectingWithoutAUrlSaysSo() {
        assertThatThrownBy(() -> Hub.connect(null, "x", "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no hub URL");
        assertThatThrownBy(() -> Hub.connect("jdbc:sqlite:x.db", "x", "y")).hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> Hub.connect("jdbc:postgresql://localhost:1/nothing", "x", "y"))
                .isInstanceOf(HubException.class).hasMessageContaining("cannot connect");
    }

    @Test
    void addUserCreatesALoginInTheGroupAndAUsersRow() throws Exception {
        try (Hub hub = server.owner(url)) {
            hub.addUser("bob.k", HubRole.LEAD, "blue", Hub.newPassword());
            assertThatThrownBy(() -> hub.addUser("bob.k", HubRole.AGENT, null, "long-enough"))
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> hub.addUser("Robert'; DROP", HubRole.AGENT, null, "long-enough"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid user name");
            assertThatThrownBy(() -> hub.addUser("rapport_admin", HubRole.AGENT, null, "long-enough"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> hub.addUser("carl", HubRole.AGENT, null, "short"))
                    .hasMessageContaining("at least 8");
        }
        try (Connection c = server.superuser("hub"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT u.role, u.team, r.rolcanlogin,"
                        + " pg_has_role('bob.k', 'rapport_lead', 'member'), pg_has_role('bob.k', 'rapport_admin', 'member')"
                        + " FROM rapport.users u JOIN pg_roles r ON r.rolname = u.login WHERE u.login = 'bob.k'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("lead");
            assertThat(rs.getString(2)).isEqualTo("blue");
            assertThat(rs.getBoolean(3)).isTrue();
            assertThat(rs.getBoolean(4)).isTrue();
            assertThat(rs.getBoolean(5)).isFalse();
        }
        assertThat(HubRole.parse("Trainer")).isEqualTo(HubRole.TRAINER);
        assertThatThrownBy(() -> HubRole.parse("boss")).hasMessageContaining("agent, lead, trainer or admin");
    }

    @Test
    void everyInsertAndUpdateOnASyncedTableAddsAChangeWithATxid() throws Exception {
        try (Connection c = server.login(url, "anna"); Statement st = c.createStatement()) {
            long before = maxSeq(st);
            st.execute(HubRolesTest.customer("c-chg-1", "anna-desk"));
            st.execute("INSERT INTO rapport.customer_phones (id, customer_id, e164, hlc, origin)"
                    + " VALUES ('p-chg-1', 'c-chg-1', '+4930123', '0001', 'anna-desk')");
            st.execute("UPDATE rapport.customers SET display_name = 'Renamed', hlc = '0002' WHERE id = 'c-chg-1'");
            st.execute(HubRolesTest.interaction("i-chg-1", "c-chg-1", "anna"));
            st.execute(HubRolesTest.note("n-chg-1", "i-chg-1", "c-chg-1", "anna"));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT entity, entity_id, hlc, origin, txid IS NOT NULL,"
                    + " txid < pg_current_xact_id() FROM rapport.changes WHERE seq > " + before + " ORDER BY seq")) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(5)).isTrue();
                    assertThat(rs.getBoolean(6)).isTrue();
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            assertThat(rows).containsExactly(
                    "customer c-chg-1 0001 anna-desk",
                    "customer_phone p-chg-1 0001 anna-desk",
                    "customer c-chg-1 0002 anna-desk",
                    "interaction i-chg-1 0001 anna-desk",
                    "note n-chg-1 0001 anna-desk");
        }
    }

    @Test
    void aChangeCarriesTheTxidOfItsTransaction() throws Exception {
        try (Connection c = server.login(url, "anna"); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(HubRolesTest.customer("c-tx-1", "anna-desk"));
            st.execute(HubRolesTest.customer("c-tx-2", "anna-desk"));
            try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT txid), bool_and(txid = pg_current_xact_id())"
                    + " FROM rapport.changes WHERE entity_id IN ('c-tx-1', 'c-tx-2')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getBoolean(2)).isTrue();
            }
            c.commit();
        }
    }

    @Test
    void thePullCursorNeverSkipsASmallerSeqThatCommitsLater() throws Exception {
        String pull = "SELECT entity_id FROM rapport.changes WHERE seq > ? AND txid < pg_snapshot_xmin(pg_current_snapshot())"
                + " AND entity_id LIKE 'c-cur-%' ORDER BY seq";
        try (Connection slow = server.login(url, "anna"); Connection fast = server.login(url, "anna");
                Connection reader = server.login(url, "anna"); Statement s1 = slow.createStatement();
                Statement s2 = fast.createStatement()) {
            long start;
            try (Statement st = reader.createStatement()) {
                start = maxSeq(st);
            }
            slow.setAutoCommit(false);
            s1.execute(HubRolesTest.customer("c-cur-slow", "anna-desk"));   // takes the smaller seq
            s2.execute(HubRolesTest.customer("c-cur-fast", "anna-desk"));   // larger seq, commits first
            assertThat(pulled(reader, pull, start)).isEmpty();              // not c-cur-fast alone
            slow.commit();
            assertThat(pulled(reader, pull, start)).containsExactly("c-cur-slow", "c-cur-fast");
        }
    }

    private static List<String> pulled(Connection c, String sql, long after) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var ps = c.prepareStatement(sql)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    @Test
    void eraseCustomerWipesPersonalDataTombstonesAuditsAndLogsChanges() throws Exception {
        try (Connection c = server.login(url, "anna"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO rapport.customers (id, customer_number, display_name, given_name, family_name,"
                    + " gender, language, vip, external_ids, note, created_at, updated_at, hlc, origin)"
                    + " VALUES ('c-erase', 'K-1', 'Jana Nováková', 'Jana', 'Nováková', 'female', 'cs', true,"
                    + " '{\"crm\": \"42\"}', 'prefers mornings', 1, 1, '0190000000000000-a', 'anna-desk')");
            st.execute("INSERT INTO rapport.customer_phones (id, customer_id, e164, raw, hlc, origin)"
                    + " VALUES ('p-erase', 'c-erase', '+420601000000', '601 000 000', '0190000000000000-a', 'anna-desk')");
            st.execute("INSERT INTO rapport.customer_emails (id, customer_id, email, hlc, origin)"
                    + " VALUES ('e-erase', 'c-erase', 'jana@example.cz', '0190000000000000-a', 'anna-desk')");
            st.execute(HubRolesTest.interaction("i-erase", "c-erase", "anna"));
            st.execute(HubRolesTest.note("n-erase", "i-erase", "c-erase", "anna"));
        }
        long before;
        try (Connection c = server.login(url, "anna"); Statement st = c.createStatement()) {
            before = maxSeq(st);
        }
        try (Hub hub = Hub.connect(url, "olga", "password-of-olga")) {
            hub.eraseCustomer("c-erase", "ticket 77");
            assertThatThrownBy(() -> hub.eraseCustomer("no-such", "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no customer no-such");
        }
        try (Connection c = server.superuser("hub"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT display_name, given_name, family_name, customer_number, gender,"
                    + " language, vip, external_ids::text, note, deleted, hlc > '0190000000000000-a'"
                    + " FROM rapport.customers WHERE id = 'c-erase'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("(erased)");
                for (int i = 2; i <= 6; i++) {
                    assertThat(rs.getString(i)).isNull();
                }
                assertThat(rs.getBoolean(7)).isFalse();
                assertThat(rs.getString(8)).isEqualTo("{}");
                assertThat(rs.getString(9)).isNull();
                assertThat(rs.getBoolean(10)).isTrue();
                assertThat(rs.getBoolean(11)).isTrue();
            }
            try (ResultSet rs = st.executeQuery("SELECT e164, raw, deleted FROM rapport.customer_phones WHERE id = 'p-erase'")) {
                rs.next();
                assertThat(rs.getString(1)).isEmpty();
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getBoolean(3)).isTrue();
            }
            try (ResultSet rs = st.executeQuery("SELECT email, deleted FROM rapport.customer_emails WHERE id = 'e-erase'")) {
                rs.next();
                assertThat(rs.getString(1)).isEmpty();
                assertThat(rs.getBoolean(2)).isTrue();
            }
            try (ResultSet rs = st.executeQuery("SELECT subject, body FROM rapport.interactions WHERE id = 'i-erase'")) {
                rs.next();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getString(2)).isNull();
            }
            try (ResultSet rs = st.executeQuery("SELECT summary, next_steps FROM rapport.notes WHERE id = 'n-erase'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("(erased)");
                assertThat(rs.getString(2)).isNull();
            }
            try (ResultSet rs = st.executeQuery("SELECT actor, action, detail FROM rapport.audit_log"
                    + " WHERE customer_id = 'c-erase'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("olga");
                assertThat(rs.getString(2)).isEqualTo("erased");
                assertThat(rs.getString(3)).isEqualTo("ticket 77");
                assertThat(rs.next()).isFalse();
            }
            List<String> changed = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT entity || ' ' || entity_id || ' ' || origin FROM rapport.changes"
                    + " WHERE seq > " + before + " ORDER BY seq")) {
                while (rs.next()) {
                    changed.add(rs.getString(1));
                }
            }
            assertThat(changed).containsExactlyInAnyOrder("customer c-erase hub", "customer_phone p-erase hub",
                    "customer_email e-erase hub", "interaction i-erase hub", "note n-erase hub");
        }
    }

    @Test
    void anAgentCannotErase() throws Exception {
        try (Hub hub = Hub.connect(url, "anna", "password-of-anna")) {
            assertThatThrownBy(() -> hub.eraseCustomer("c-chg-1", "x")).isInstanceOf(HubException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void recordOpenedAppendsAnAuditEntryAsTheUser() throws Exception {
        try (Hub hub = Hub.connect(url, "anna", "password-of-anna")) {
            hub.recordOpened("c-audit");
        }
        try (Connection c = server.login(url, "olga"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT actor, action FROM rapport.audit_log WHERE customer_id = 'c-audit'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("anna");
            assertThat(rs.getString(2)).isEqualTo("opened");
        }
    }

    private static long maxSeq(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM rapport.changes")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
