package io.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.importer.ImportProgress;
import io.rapport.importer.ImportReport;
import io.rapport.support.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void demoDataIsRealisticDeterministicAndNeverSynced() {
        try (AppServices s = TestStores.open(dir)) {
            ImportReport r = s.demo().generate(200, 1500, 7, ImportProgress.NONE);
            assertThat(r.newCustomers()).isEqualTo(200);
            assertThat(r.imported()).isEqualTo(1500);
            Set<String> langs = s.database().read(c -> {
                Set<String> l = new TreeSet<>();
                try (var rs = c.jdbc().createStatement().executeQuery("SELECT DISTINCT language FROM customers")) {
                    while (rs.next()) {
                        l.add(rs.getString(1));
                    }
                }
                return l;
            });
            assertThat(langs).containsExactly("cs", "de", "en", "pl");
            long invalidPhones = count(s, ("SELECT count(*) FROM customer_phones "
                    + "WHERE e164 NOT LIKE '+48%' AND e164 NOT LIKE '+420%' AND e164 NOT LIKE '+49%' "
                    + "AND e164 NOT LIKE '+44%'"));
            assertThat(invalidPhones).isZero();
            assertThat(count(s, "SELECT count(DISTINCT channel) FROM interactions")).isEqualTo(6);
            assertThat(count(s, "SELECT count(*) FROM interactions "
                    + "WHERE outcome IN ('follow-up', 'escalated', 'unresolved')")).isPositive();
            assertThat(count(s, "SELECT count(*) FROM outbox")).isZero();
            assertThat(count(s, "SELECT count(*) FROM interactions WHERE body LIKE '%{%'"))
                    .as("no unfilled placeholders").isZero();
            ImportReport again = s.demo().generate(200, 1500, 7, ImportProgress.NONE);
            assertThat(again.imported()).isZero();
        }
    }

    static long count(AppServices s, String sql) {
        return s.database().<Long>read(c -> c.queryLong(sql));
    }

    @Test
    void oneCustomerGetsManyContactsAndEveryoneGetsOne() {
        int[] c = DemoReader.allocate(1000, 10_000, new SplittableRandom(1));
        assertThat(c[0]).isGreaterThanOrEqualTo(200).isEqualTo(java.util.Arrays.stream(c).max().getAsInt());
        assertThat(java.util.Arrays.stream(c).sum()).isEqualTo(10_000);
        assertThat(java.util.Arrays.stream(c).min().getAsInt()).isPositive();
    }

    @Test
    void jsonLinesOutputImportsBackIdentically() throws Exception {
        try (AppServices s = TestStores.open(dir)) {
            Path f = dir.resolve("demo.jsonl");
            long n = s.demo().writeJsonLines(50, 300, 3, f);
            assertThat(n).isEqualTo(300);
            assertThat(Files.readAllLines(f)).hasSize(300);
        }
    }
}
