package io.rapport.customer;

import java.time.Instant;
import java.util.Set;

/**
 * A page request for a customer's timeline: newest first, optionally filtered by channel, date
 * range and words, continuing after {@code after} (keyset paging, never OFFSET).
 */
public record TimelineQuery(String customerId, Set<Channel> channels, Instant from, Instant to, String words,
        int limit, Cursor after) {

    /** The position after the last row of a page. */
    public record Cursor(long startedAtMs, long seq) {
    }

    public static TimelineQuery firstPage(String customerId, int limit) {
        return new TimelineQuery(customerId, Set.of(), null, null, null, limit, null);
    }

    public TimelineQuery next(Cursor cursor) {
        return new TimelineQuery(customerId, channels, from, to, words, limit, cursor);
    }
}
