package io.rapport.customer;

import static io.rapport.support.TestStores.customer;
import static io.rapport.support.TestStores.customerWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupTest {
    @TempDir
    Path dir;
    AppServices s;
    String zdzislawa;
    String jiri;
    String juergen;

    @BeforeEach
    void fill() {
        s = TestStores.open(dir);
        zdzislawa = customerWith(s, customer("Zdzisława Wróblewska", List.of("+48 601 234 567"),
                List.of("z.wroblewska@example.pl")), "Klientka zgłasza zażalenie na opóźnioną dostawę.");
        jiri = customerWith(s, customer("Jiří Dvořák", List.of("+420 777 123 456"), List.of("jiri@seznam.cz")),
                "Zákazník čeká na vrácení peněz, ozveme se příští týden.");
        juergen = customerWith(s, customer("Jürgen Weiß", List.of("+49 151 23456789"), List.of()),
                "Kunde wohnt in der Hauptstraße 5, die Straße ist gesperrt, Lieferung kam nicht an.");
        customerWith(s, customer("Anna Nowak", List.of("+48 502 111 222"), List.of()), "Pytanie o fakturę.");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<CustomerHit> lookup(String q) {
        return s.customerService().lookup(q, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+48 601 234 567", "0048601234567", "601-234-567", "601234567", "+48601234567"})
    void aPhoneInAnyCommonFormFindsTheCustomerFirst(String q) {
        List<CustomerHit> hits = lookup(q);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).customerId()).isEqualTo(zdzislawa);
        assertThat(hits.get(0).kind()).isEqualTo(CustomerHit.MatchKind.PHONE);
    }

    @Test
    void aPartlyTypedPhoneFindsAsYouType() {
        assertThat(lookup("601 23")).extracting(CustomerHit::customerId).contains(zdzislawa);
        assertThat(lookup("+420 777 12")).extracting(CustomerHit::customerId).containsExactly(jiri);
    }

    @Test
    void anEmailFindsItsCustomerCaseInsensitively() {
        assertThat(lookup("Z.Wroblewska@Example.pl").get(0).customerId()).isEqualTo(zdzislawa);
        assertThat(lookup("jiri@sez").get(0).customerId()).isEqualTo(jiri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wroblewska", "Wróblewska", "zdzis wrob", "wrob zdzis", "ZDZISŁAWA", "zdzislawa w"})
    void aNameMatchesPartlyInAnyOrderWithoutDiacritics(String q) {
        assertThat(lookup(q)).extracting(CustomerHit::customerId).first().isEqualTo(zdzislawa);
    }

    @Test
    void wordsFromPastInteractionsFindTheCustomerWithoutDiacritics() {
        assertThat(lookup("zazalenie").get(0).customerId()).isEqualTo(zdzislawa);
        assertThat(lookup("zazalenie").get(0).snippet()).contains("zażalenie");
        assertThat(lookup("pristi tyden").get(0).customerId()).isEqualTo(jiri);
        assertThat(lookup("hauptstrasse").get(0).customerId()).isEqualTo(juergen);
        assertThat(lookup("Straße")).extracting(CustomerHit::customerId).contains(juergen);
    }

    @Test
    void customerAndOrderNumbersAreFound() {
        String id = s.database().write(c -> {
            String cid = s.customers().insert(c, new CustomerDraft("Ewa Lis", null, null, null, null, "pl",
                    java.util.Set.of(), List.of(), List.of(), "c-0042", java.util.Map.of(), null, null),
                    s.database().deviceId());
            s.interactions().insert(c, cid, new InteractionDraft(Channel.EMAIL, Direction.INBOUND,
                    java.time.Instant.now(), null, null, "Zwrot", "Proszę o zwrot", null, null, null, "nv-0001234",
                    null, null), s.database().deviceId());
            return cid;
        });
        assertThat(lookup("C-0042").get(0).kind()).isEqualTo(CustomerHit.MatchKind.CUSTOMER_NUMBER);
        assertThat(lookup("c-0042").get(0).customerId()).isEqualTo(id);
        assertThat(lookup("NV-0001234").get(0).kind()).isEqualTo(CustomerHit.MatchKind.ORDER_NUMBER);
        assertThat(lookup("NV-0001234").get(0).customerId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "NEAR(", "-", ":", "'", "AND", "OR NOT", "\"zaza", "zaż*", "a:b", "(", ")",
        "'; DROP TABLE customers; --", "\" OR 1=1 --", "NEAR(zazalenie dostawe, 5)", "^", "{text}:x"})
    void searchSyntaxAndSqlAreJustText(String q) {
        assertThat(s.customerService().lookup(q, 10)).isNotNull();
        assertThat(s.customers().count()).isEqualTo(4);
    }

    @Test
    void ftsOperatorsAreMatchedAsWordsNotObeyed() {
        assertThat(lookup("zażalenie NOT dostawę")).isEmpty();
        assertThat(lookup("NEAR(zazalenie")).isEmpty();
    }

    @Test
    void nothingMatchesNothing() {
        assertThat(lookup("")).isEmpty();
        assertThat(lookup("   ")).isEmpty();
        assertThat(lookup("qwertyuiop")).isEmpty();
    }

    @Test
    void aPhoneThatIsNotANumberIsSearchedAsTextAndFindsNothing() {
        assertThat(lookup("601-234-56x")).isEmpty();
    }
}
