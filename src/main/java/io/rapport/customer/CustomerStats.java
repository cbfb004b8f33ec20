package io.rapport.customer;

import java.time.Instant;

/** Counters kept per customer, so a customer with 20,000 contacts opens without counting them. */
public record CustomerStats(long contactsTotal, Instant firstContactAt, Instant lastContactAt) {
    public static final CustomerStats NONE = new CustomerStats(0, null, null);
}
