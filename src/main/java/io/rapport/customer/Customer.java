package io.rapport.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A customer as the history pane shows it. */
public record Customer(
        String id,
        String customerNumber,
        String displayName,
        String givenName,
        String familyName,
        Gender gender,
        String formalAddress,
        String language,
        Set<Flag> flags,
        Map<String, String> externalIds,
        String note,
        Instant customerSince,
        Instant createdAt,
        List<ContactPoint> phones,
        List<ContactPoint> emails,
        String mergedInto) {

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public String primaryPhone() {
        return phones.isEmpty() ? null : phones.get(0).value();
    }

    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0).value();
    }
}
