package io.rapport.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roles are enforced by PostgreSQL itself: every statement here goes straight to the database
 * over a connection logged in as that user, as a modified client could.
 */
class HubRolesTest {
    static TestHub server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        server = new TestHub();
        url = server.newDatabase("hub");
        try (Hub hub = server.owner(url)) {
            hub.init();
            hub.addUser("anna", HubRole.AGENT, "red", "password-of-anna");
            hub.addUser("bert", HubRole.AGENT, "blue", "password-of-bert");
            hub.addUser("lena", HubRole.LEAD, "red", "password-of-lena");
            hub.addUser("tom", HubRole.TRAINER, "red", "password-of-tom");
            hub.addUser("ada", HubRole.ADMIN, null, "password-of-ada");
        }
        exec("anna", customer("c1", "anna-desk"));
        exec("anna", interaction("i1", "c1", "anna"));
        exec("anna", note("n-red", "i1", "c1", "anna"));
        exec("bert", interaction("i2", "c1", "bert"));
        exec("bert", note("n-blue", "i2", "c1", "bert"));
        exec("tom", template("t1"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    // ------------------------------------------------------------------ everyone

    @Test
    void everyRoleReadsTheSharedHistoryAndTheChangeLog() throws Exception {
        for (String u : new String[] {"anna", "bert", "lena", "tom", "ada"}) {
            assertThat(count(u, "SELECT count(*) FROM rapport.customers WHERE id = 'c1'")).as(u).isEqualTo(1);
            assertThat(count(u, "SELECT count(*) FROM rapport.interactions")).as(u).isGreaterThanOrEqualTo(2);
            assertThat(count(u, "SELECT count(*) FROM rapport.notes WHERE id IN ('n-red', 'n-blue')")).as(u).isEqualTo(2);
            assertThat(count(u, "SELECT count(*) FROM rapport.templates WHERE id = 't1'")).as(u).isEqualTo(1);
            assertThat(count(u, "SELECT count(*) FROM rapport.changes")).as(u).isPositive();
        }
    }

    @Test
    void nobodyChangesOrDeletesANote() throws Exception {
        for (String u : new String[] {"anna", "bert", "lena", "tom", "ada"}) {
            denied(u, "UPDATE rapport.notes SET summary = 'rewritten' WHERE id = 'n-red'");
            denied(u, "DELETE FROM rapport.notes WHERE id = 'n-red'");
            denied(u, "UPDATE rapport.interaction_amendments SET text = 'x'");
        }
        // not even the hub's owner, outside erasure
        try (Hub owner = server.owner(url); Statement st = owner.connection().createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE rapport.notes SET summary = 'rewritten' WHERE id = 'n-red'"))
                    .hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> st.execute("DELETE FROM rapport.notes WHERE id = 'n-red'"))
                    .hasMessageContaining("cannot be changed");
        }
    }

    @Test
    void nobodyWritesTheChangeLogDirectly() throws Exception {
        for (String u : new String[] {"anna", "lena", "tom", "ada"}) {
            denied(u, "INSERT INTO rapport.changes (entity, entity_id, hlc, origin) VALUES ('customer', 'c1', 'z', 'x')");
            denied(u, "UPDATE rapport.changes SET hlc = 'z'");
            denied(u, "DELETE FROM rapport.changes");
        }
    }

    @Test
    void trainingAndDemoRowsNeverReachTheHub() throws Exception {
        assertThatThrownBy(() -> exec("anna", customer("c-training", "training")))
                .isInstanceOf(SQLException.class).hasMessageContaining("not_sandbox");
        assertThatThrownBy(() -> exec("anna", customer("c-demo", "demo")))
                .isInstanceOf(SQLException.class).hasMessageContaining("not_sandbox");
        assertThatThrownBy(() -> exec("tom", "INSERT INTO rapport.phrase_concepts (id, category, created_at,"
                + " updated_at, hlc, origin) VALUES ('pc-t', 'x', 1, 1, '0001', 'training')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("not_sandbox");
    }

    @Test
    void onlyAdminsReadTheAuditLogAndEveryoneAppendsOnlyAsThemselves() throws Exception {
        for (String u : new String[] {"anna", "lena", "tom", "ada"}) {
            exec(u, "INSERT INTO rapport.audit_log (action, customer_id) VALUES ('opened', 'c1')");
            denied(u, "INSERT INTO rapport.audit_log (actor, action, customer_id) VALUES ('someone-else', 'opened', 'c1')");
            denied(u, "UPDATE rapport.audit_log SET action = 'x'");
            denied(u, "DELETE FROM rapport.audit_log");
        }
        for (String u : new String[] {"anna", "lena", "tom"}) {
            denied(u, "SELECT count(*) FROM rapport.audit_log");
        }
        assertThat(count("ada", "SELECT count(DISTINCT actor) FROM rapport.audit_log WHERE customer_id = 'c1'"))
                .isEqualTo(4);
    }

    @Test
    void usersSeeOnlyThemselvesAndOnlyAdminsManageUsers() throws Exception {
        assertThat(count("anna", "SELECT count(*) FROM rapport.users")).isEqualTo(1);
        assertThat(count("lena", "SELECT count(*) FROM rapport.users")).isEqualTo(1);
        assertThat(count("ada", "SELECT count(*) FROM rapport.users")).isEqualTo(5);
        denied("anna", "UPDATE rapport.users SET role = 'admin' WHERE login = 'anna'");
        denied("lena", "UPDATE rapport.users SET team = 'blue' WHERE login = 'lena'");
        denied("anna", "INSERT INTO rapport.users (login, role) VALUES ('x', 'admin')");
        exec("ada", "UPDATE rapport.users SET team = 'red' WHERE login = 'ada'");
    }

    // ------------------------------------------------------------------ agents

    @Test
    void anAgentEditsCustomersAndContactPoints() throws Exception {
        exec("bert", customer("c-bert", "bert-desk"));
        exec("bert", "UPDATE rapport.customers SET display_name = 'Edited', hlc = '0002' WHERE id = 'c1'");
        exec("bert", "INSERT INTO rapport.customer_phones (id, customer_id, e164, hlc, origin)"
                + " VALUES ('p-bert', 'c1', '+4930999', '0001', 'bert-desk')");
        exec("bert", "INSERT INTO rapport.customer_emails (id, customer_id, email, hlc, origin)"
                + " VALUES ('e-bert', 'c1', 'x@example.org', '0001', 'bert-desk')");
        denied("bert", "DELETE FROM rapport.customers WHERE id = 'c-bert'");
    }

    @Test
    void anAgentWritesWorkRecordsOnlyAsThemselves() throws Exception {
        exec("anna", interaction("i-anna", "c1", "anna"));
        denied("anna", interaction("i-fake", "c1", "bert"));
        denied("anna", note("n-fake", "i1", "c1", "bert"));
        denied("anna", "INSERT INTO rapport.interaction_amendments (id, interaction_id, agent, text, created_at, hlc,"
                + " origin) VALUES ('a-fake', 'i2', 'bert', 'x', 1, '0001', 'anna-desk')");
        exec("anna", "INSERT INTO rapport.interaction_amendments (id, interaction_id, agent, text, created_at, hlc,"
                + " origin) VALUES ('a-anna', 'i1', 'anna', 'correction', 1, '0001', 'anna-desk')");
        denied("anna", "INSERT INTO rapport.follow_ups (id, customer_id, owner, due, what, created_by, created_at,"
                + " hlc, origin) VALUES ('f-fake', 'c1', 'bert', '2026-12-01', 'call', 'bert', 1, '0001', 'anna-desk')");
        exec("anna", "INSERT INTO rapport.follow_ups (id, customer_id, owner, due, what, created_by, created_at,"
                + " hlc, origin) VALUES ('f-anna', 'c1', 'bert', '2026-12-01', 'call back', 'anna', 1, '0001', 'anna-desk')");
    }

    @Test
    void anAgentCannotTouchAnotherAgentsRows() throws Exception {
        assertThat(update("anna", "UPDATE rapport.interactions SET body = 'mine now' WHERE id = 'i2'")).isZero();
        denied("anna", "UPDATE rapport.interactions SET agent = 'anna' WHERE id = 'i2'"); // invisible: 0 rows, or refused
        denied("anna", "UPDATE rapport.interactions SET agent = 'bert' WHERE id = 'i1'");
        assertThat(update("anna", "UPDATE rapport.interactions SET outcome = 'resolved', hlc = '0003' WHERE id = 'i1'"))
                .isEqualTo(1);
        denied("anna", "DELETE FROM rapport.interactions WHERE id = 'i1'");
    }

    @Test
    void anAgentNeitherReadsReviewsNorWritesContentOrSettings() throws Exception {
        denied("anna", "SELECT count(*) FROM rapport.reviews");
        denied("anna", "INSERT INTO rapport.reviews (id, note_id, score) VALUES ('r-anna', 'n-red', 5)");
        denied("anna", template("t-anna"));
        denied("anna", "UPDATE rapport.templates SET category = 'x' WHERE id = 't1'");
        denied("anna", "INSERT INTO rapport.phrases (id, concept_id, language, text, register, updated_at, hlc, origin)"
                + " VALUES ('ph-anna', 'pc', 'en', 'Hello', 'formal', 1, '0001', 'anna-desk')");
        denied("anna", "INSERT INTO rapport.team_settings (key, value, updated_at, hlc, origin)"
                + " VALUES ('x', '{}', 1, '0001', 'anna-desk')");
    }

    @Test
    void aNoteTakesItsAuthorsTeam() throws Exception {
        try (Connection c = server.superuser("hub"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, team FROM rapport.notes WHERE id IN ('n-red', 'n-blue') ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(2)).isEqualTo("blue");
            rs.next();
            assertThat(rs.getString(2)).isEqualTo("red");
        }
    }

    // ------------------------------------------------------------------ leads

    @Test
    void aLeadReviewsNotesOfTheirOwnTeamOnly() throws Exception {
        exec("lena", "INSERT INTO rapport.reviews (id, note_id, score, comment) VALUES ('r1', 'n-red', 4, 'good')");
        denied("lena", "INSERT INTO rapport.reviews (id, note_id, score) VALUES ('r2', 'n-blue', 2)");
        denied("lena", "INSERT INTO rapport.reviews (id, note_id, reviewer, score) VALUES ('r3', 'n-red', 'bob', 2)");
        assertThat(count("lena", "SELECT count(*) FROM rapport.reviews WHERE id = 'r1'")).isEqualTo(1);
        denied("lena", "UPDATE rapport.reviews SET score = 5 WHERE id = 'r1'");
        denied("lena", "DELETE FROM rapport.reviews WHERE id = 'r1'");
        // a review of another team's note, put there by the owner, stays invisible to this lead
        try (Hub owner = server.owner(url); Statement st = owner.connection().createStatement()) {
            st.execute("INSERT INTO rapport.reviews (id, note_id, reviewer, score) VALUES ('r-blue', 'n-blue', 'x', 3)");
        }
        assertThat(count("lena", "SELECT count(*) FROM rapport.reviews WHERE id = 'r-blue'")).isZero();
        denied("tom", "SELECT count(*) FROM rapport.reviews");
    }

    @Test
    void aLeadWritesTeamSettingsButNoContent() throws Exception {
        exec("lena", "INSERT INTO rapport.team_settings (key, value, updated_at, hlc, origin)"
                + " VALUES ('wrapup.required', 'true', 1, '0001', 'lena-desk')");
        denied("lena", template("t-lena"));
        denied("lena", note("n-lena-fake", "i1", "c1", "anna"));
    }

    // ------------------------------------------------------------------ trainers and admins

    @Test
    void aTrainerWritesTemplatesAndPhrasesButNoCustomerData() throws Exception {
        exec("tom", template("t2"));
        exec("tom", "UPDATE rapport.templates SET category = 'billing', hlc = '0002' WHERE id = 't2'");
        exec("tom", "INSERT INTO rapport.template_variants (id, template_id, language, title, body, updated_at, hlc,"
                + " origin) VALUES ('tv2', 't2', 'en', 'Hi', 'Hello {name}', 1, '0001', 'tom-desk')");
        exec("tom", "INSERT INTO rapport.template_versions (id, template_id, language, version, title, body,"
                + " created_at, hlc, origin) VALUES ('tvv2', 't2', 'en', 1, 'Hi', 'Hello', 1, '0001', 'tom-desk')");
        denied("tom", "UPDATE rapport.template_versions SET body = 'x' WHERE id = 'tvv2'");
        exec("tom", "INSERT INTO rapport.phrase_concepts (id, category, created_at, updated_at, hlc, origin)"
                + " VALUES ('pc1', 'hold', 1, 1, '0001', 'tom-desk')");
        exec("tom", "INSERT INTO rapport.phrases (id, concept_id, language, text, register, updated_at, hlc, origin)"
                + " VALUES ('ph1', 'pc1', 'de', 'Einen Moment bitte', 'formal', 1, '0001', 'tom-desk')");
        denied("tom", "DELETE FROM rapport.templates WHERE id = 't2'");
        denied("tom", customer("c-tom", "tom-desk"));
        denied("tom", interaction("i-tom", "c1", "tom"));
        denied("tom", note("n-tom", "i1", "c1", "tom"));
    }

    @Test
    void anAdminReadsButDoesNotWriteCustomerDataOrContent() throws Exception {
        denied("ada", customer("c-ada", "ada-desk"));
        denied("ada", interaction("i-ada", "c1", "ada"));
        denied("ada", template("t-ada"));
        denied("ada", "SELECT count(*) FROM rapport.reviews");
    }

    // ------------------------------------------------------------------ helpers

    static String customer(String id, String origin) {
        return "INSERT INTO rapport.customers (id, display_name, created_at, updated_at, hlc, origin)"
                + " VALUES ('" + id + "', 'Customer " + id + "', 1, 1, '0001', '" + origin + "')";
    }

    static String interaction(String id, String customer, String agent) {
        return "INSERT INTO rapport.interactions (id, customer_id, channel, direction, started_at, agent, subject,"
                + " body, created_at, hlc, origin) VALUES ('" + id + "', '" + customer + "', 'phone', 'inbound', 1, '"
                + agent + "', 'Refund', 'Called about the refund', 1, '0001', '" + agent + "-desk')";
    }

    static String note(String id, String interaction, String customer, String agent) {
        return "INSERT INTO rapport.notes (id, interaction_id, customer_id, agent, reason, status, summary, next_steps,"
                + " submitted_at, hlc, origin) VALUES ('" + id + "', '" + interaction + "', '" + customer + "', '"
                + agent + "', 'billing', 'resolved', 'Refund explained', 'none', 1, '0001', '" + agent + "-desk')";
    }

    static String template(String id) {
        return "INSERT INTO rapport.templates (id, category, created_at, updated_at, hlc, origin)"
                + " VALUES ('" + id + "', 'greeting', 1, 1, '0001', 'desk')";
    }

    static void exec(String user, String sql) throws SQLException {
        try (Connection c = server.login(url, user); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static int update(String user, String sql) throws SQLException {
        try (Connection c = server.login(url, user); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    static long count(String user, String sql) throws SQLException {
        try (Connection c = server.login(url, user); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The database refuses the statement (permission denied, a row-level security violation or
     * the immutability trigger, all SQLSTATE 42501), or row-level security hides every row it
     * would touch (an UPDATE or DELETE affecting 0 rows).
     */
    static void denied(String user, String sql) {
        try (Connection c = server.login(url, user); Statement st = c.createStatement()) {
            boolean query = st.execute(sql);
            if (!query) {
                assertThat(st.getUpdateCount()).as(user + ": " + sql + " should touch no rows").isZero();
                assertThat(sql.strip().toUpperCase()).as(user + ": " + sql + " should have been refused")
                        .matches("(UPDATE|DELETE).*");
                return;
            }
            throw new AssertionError(user + " could run: " + sql);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(user + ": " + sql + " -> " + e.getMessage()).isEqualTo("42501");
        }
    }
}
