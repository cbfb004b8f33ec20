package io.rapport.customer;

import static io.rapport.support.TestStores.customer;
import static io.rapport.support.TestStores.customerWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.app.AppServices;
import io.rapport.support.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path dir;
    AppServices s;
    String a;
    String b;

    @BeforeEach
    void fill() {
        s = TestStores.open(dir);
        a = customerWith(s, customer("Jana Nováková", List.of("+420 777 111 222"), List.of("jana@seznam.cz")),
                "první hovor", "druhý hovor");
        b = customerWith(s, customer("Jana Novakova", List.of("+420 777 111 222", "+420 605 333 444"),
                List.of("jana.novakova@email.cz")), "třetí hovor");
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void sameNamedCustomersAreOfferedAsDuplicates() {
        assertThat(s.customerService().possibleDuplicates(a)).extracting(CustomerHit::customerId).containsExactly(b);
    }

    @Test
    void mergeMovesEverythingAndUndoRestoresItExactly() {
        String mergeId = s.customerService().merge(a, b);
        CustomerHistory merged = s.customerService().history(a).orElseThrow();
        assertThat(merged.stats().contactsTotal()).isEqualTo(3);
        assertThat(merged.customer().phones()).extracting(ContactPoint::value)
                .containsExactly("+420777111222", "+420605333444");
        assertThat(merged.customer().emails()).extracting(ContactPoint::value)
                .containsExactly("jana@seznam.cz", "jana.novakova@email.cz");
        // the merged-away id still opens, as the survivor
        assertThat(s.customerService().history(b).orElseThrow().customer().id()).isEqualTo(a);
        assertThat(s.customerService().lookup("+420 605 333 444", 5)).extracting(CustomerHit::customerId)
                .containsExactly(a);

        s.customerService().undoMerge(mergeId);
        assertThat(s.customerService().history(a).orElseThrow().stats().contactsTotal()).isEqualTo(2);
        CustomerHistory back = s.customerService().history(b).orElseThrow();
        assertThat(back.customer().id()).isEqualTo(b);
        assertThat(back.stats().contactsTotal()).isEqualTo(1);
        assertThat(back.customer().phones()).extracting(ContactPoint::value)
                .containsExactlyInAnyOrder("+420777111222", "+420605333444");
        assertThat(s.customerService().history(a).orElseThrow().customer().phones()).hasSize(1);
        assertThat(s.customerService().lookup("Novakova", 5)).extracting(CustomerHit::customerId).contains(a, b);
        assertThatThrownBy(() -> s.customerService().undoMerge(mergeId)).hasMessageContaining("already undone");
    }

    @Test
    void aCustomerCannotBeMergedTwiceOrWithItself() {
        s.customerService().merge(a, b);
        assertThatThrownBy(() -> s.customerService().merge(a, b)).hasMessageContaining("already merged");
        assertThatThrownBy(() -> s.customerService().merge(a, a)).hasMessageContaining("itself");
    }
}
