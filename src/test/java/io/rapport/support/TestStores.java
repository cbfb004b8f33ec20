package io.rapport.support;

import io.rapport.app.AppServices;
import io.rapport.customer.Channel;
import io.rapport.customer.CustomerDraft;
import io.rapport.customer.Direction;
import io.rapport.customer.Gender;
import io.rapport.customer.InteractionDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real stores in temporary folders, and a few helpers to fill them. */
public final class TestStores {
    private TestStores() {
    }

    public static AppServices open(Path dir) {
        return AppServices.open(dir);
    }

    public static CustomerDraft customer(String name, List<String> phones, List<String> emails) {
        return new CustomerDraft(name, null, null, Gender.FEMALE, null, "pl", Set.of(), phones, emails, null, Map.of(),
                null, null);
    }

    /** Stores a customer with one interaction per given text; returns the customer id. */
    public static String customerWith(AppServices s, CustomerDraft c, String... bodies) {
        return s.database().write(conn -> {
            String id = s.customers().insert(conn, c, s.database().deviceId());
            Instant t = Instant.parse("2026-01-01T10:00:00Z");
            int n = 0;
            for (String body : bodies) {
                s.interactions().insert(conn, id, interaction(t.plusSeconds(3600L * n), body, "resolved", null),
                        s.database().deviceId());
                n++;
            }
            return id;
        });
    }

    public static InteractionDraft interaction(Instant at, String body, String outcome, String topic) {
        return new InteractionDraft(Channel.PHONE, Direction.INBOUND, at, at.plusSeconds(300), "anna.k", null, body,
                outcome, 0, topic, null, null, null);
    }
}
