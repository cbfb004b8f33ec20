package io.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.customer.Channel;
import io.rapport.customer.Direction;
import io.rapport.customer.TimelineQuery;
import io.rapport.store.Migrations;
import io.rapport.store.StoreException;
import io.rapport.wrapup.Contact;
import io.rapport.wrapup.WrapUpFields;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by the first release opens in this one with its data, and every feature works on it. */
class StoreUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreIsUpgradedWithItsDataKept() throws Exception {
        Path file = dir.resolve("rapport.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO meta (key, value) VALUES ('device_id', 'old-desk')");
            st.execute("INSERT INTO customers (id, display_name, language, created_at, updated_at, hlc, origin) "
                    + "VALUES ('c1', 'Jan Kowalski', 'pl', 0, 0, '0000000001-0000-old-desk', 'old-desk')");
            st.execute("INSERT INTO customer_fts (rowid, text) SELECT seq, 'jan kowalski' FROM customers");
            st.execute("INSERT INTO customer_phones (id, customer_id, e164, hlc, origin) "
                    + "VALUES ('p1', 'c1', '+48601234567', '0000000001-0000-old-desk', 'old-desk')");
            st.execute("INSERT INTO interactions (id, customer_id, channel, direction, started_at, body, outcome, topic, "
                    + "created_at, hlc, origin) VALUES ('i1', 'c1', 'phone', 'inbound', 1700000000000, "
                    + "'Paczka nie dotarła', 'follow-up', 'delivery', 0, '0000000001-0000-old-desk', 'old-desk')");
        }
        assertThat(Migrations.currentVersion(file)).isEqualTo(1);

        try (AppServices s = AppServices.open(dir)) {
            assertThat(Migrations.currentVersion(file)).isEqualTo(Migrations.LATEST);
            assertThat(s.customerService().lookup("601 234 567", 5)).extracting(h -> h.customerId())
                    .containsExactly("c1");
            assertThat(s.customerService().timeline(new TimelineQuery("c1", Set.of(), null, null, null, 10, null))
                    .rows()).extracting(i -> i.body()).containsExactly("Paczka nie dotarła");
            // the features of later versions work on the old data
            s.templates().seedStarterPack();
            assertThat(s.templates().all()).hasSizeGreaterThanOrEqualTo(40);
            var w = s.wrapUp();
            var d = w.open(new Contact("c1", Channel.PHONE, Direction.INBOUND, Instant.now().minusSeconds(60), null));
            w.submit(d.id(), new WrapUpFields("delivery", "delivery.late", "resolved",
                    "Paczka dotarła dziś rano, klient potwierdził odbiór.", "", "", "", 4, ""), LocalDate.now());
            assertThat(s.customerService().history("c1").orElseThrow().glance().openIssues())
                    .as("the resolved wrap-up on the same topic closes the old open issue").isEmpty();
        }
    }

    @Test
    void aSecondWindowOnTheSameDataFolderIsRefusedWithAReason() {
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open").hasMessageContaining(dir.toString());
        }
        InstanceLock.acquire(dir).close();
    }
}
