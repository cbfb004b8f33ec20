package io.rapport.customer;

import static io.rapport.support.TestStores.customer;
import static io.rapport.support.TestStores.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;
    AppServices s;

    @BeforeEach
    void open() {
        s = TestStores.open(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private String customerWithMany(int n) {
        Instant base = Instant.now().minus(Duration.ofDays(700));
        return s.database().write(c -> {
            String id = s.customers().insert(c, customer("Marta Kowal", List.of("+48 600 100 200"), List.of()),
                    s.database().deviceId());
            for (int i = 0; i < n; i++) {
                // several contacts share a start time: keyset paging must not lose or repeat them
                Instant at = base.plus(Duration.ofMinutes(10L * (i / 3)));
                s.interactions().insert(c, id, interaction(at, "kontakt " + i + (i % 7 == 0 ? " reklamacja" : ""),
                        "resolved", null), s.database().deviceId());
            }
            return id;
        });
    }

    @Test
    void theTimelinePagesNewestFirstWithoutGapsOrRepeats() {
        String id = customerWithMany(1234);
        List<Interaction> all = new ArrayList<>();
        TimelineQuery q = TimelineQuery.firstPage(id, 50);
        TimelinePage page = s.customerService().timeline(q);
        all.addAll(page.rows());
        while (page.next() != null) {
            page = s.customerService().timeline(q.next(page.next()));
            all.addAll(page.rows());
        }
        assertThat(all).hasSize(1234);
        Set<String> ids = new HashSet<>();
        all.forEach(i -> ids.add(i.id()));
        assertThat(ids).hasSize(1234);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).startedAt()).isBeforeOrEqualTo(all.get(i - 1).startedAt());
        }
    }

    @Test
    void filtersByChannelDateAndWordsWithoutDiacritics() {
        String id = customerWithMany(70);
        TimelineQuery words = new TimelineQuery(id, Set.of(), null, null, "reklamacja", 50, null);
        assertThat(s.customerService().timeline(words).rows()).hasSize(10)
                .allSatisfy(i -> assertThat(i.body()).contains("reklamacja"));
        TimelineQuery email = new TimelineQuery(id, Set.of(Channel.EMAIL), null, null, null, 50, null);
        assertThat(s.customerService().timeline(email).rows()).isEmpty();
        Instant from = Instant.now().minus(Duration.ofDays(700)).plus(Duration.ofMinutes(60));
        TimelineQuery dated = new TimelineQuery(id, Set.of(), from, null, null, 500, null);
        assertThat(s.customerService().timeline(dated).rows()).allSatisfy(i ->
                assertThat(i.startedAt()).isAfterOrEqualTo(from));
    }

    @Test
    void atAGlanceShowsWhatIsOpenAndTheLastContact() {
        Instant now = Instant.now();
        String id = s.database().write(c -> {
            String cid = s.customers().insert(c, customer("Jan Lis", List.of("+48 600 300 400"), List.of()),
                    s.database().deviceId());
            String dev = s.database().deviceId();
            s.interactions().insert(c, cid, interaction(now.minus(Duration.ofDays(40)), "faktura", "follow-up",
                    "billing"), dev);
            s.interactions().insert(c, cid, interaction(now.minus(Duration.ofDays(20)), "faktura ok", "resolved",
                    "billing"), dev);
            s.interactions().insert(c, cid, interaction(now.minus(Duration.ofDays(10)), "paczka", "follow-up",
                    "delivery"), dev);
            s.interactions().insert(c, cid, interaction(now.minus(Duration.ofDays(2)), "paczka dalej nie doszła",
                    "escalated", "delivery"), dev);
            s.interactions().insert(c, cid, interaction(now.minus(Duration.ofDays(1)), "awaria", "unresolved",
                    "outage"), dev);
            return cid;
        });
        CustomerHistory h = s.customerService().history(id).orElseThrow();
        assertThat(h.stats().contactsTotal()).isEqualTo(5);
        assertThat(h.glance().lastContact().body()).isEqualTo("awaria");
        assertThat(h.glance().contactsLast30Days()).isEqualTo(4);
        assertThat(h.glance().openIssues()).extracting(Interaction::topic).containsExactly("outage", "delivery");
        assertThat(h.glance().openIssues().get(1).body()).isEqualTo("paczka dalej nie doszła");
    }

    @Test
    void anUnknownCustomerHasNoHistory() {
        assertThat(s.customerService().history("00000000-0000-0000-0000-000000000000")).isEmpty();
    }
}
