package io.rapport.customer;

import java.time.Instant;
import java.util.Set;

/** One lookup result: who, how it matched and a hint of why. */
public record CustomerHit(
        String customerId,
        String displayName,
        String phone,
        String email,
        String language,
        Set<Flag> flags,
        MatchKind kind,
        String snippet,
        Instant lastContactAt) {

    /** How a lookup matched, best first. */
    public enum MatchKind {
        PHONE, EMAIL, CUSTOMER_NUMBER, ORDER_NUMBER, NAME, TEXT
    }
}
