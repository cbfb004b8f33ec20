package io.rapport.customer;

import java.util.List;
import java.util.Map;

/**
 * One page of a timeline and where the next one starts (null at the end), with the amendments
 * added to the page's entries (by interaction id, oldest first).
 */
public record TimelinePage(List<Interaction> rows, TimelineQuery.Cursor next, Map<String, List<Amendment>> amendments) {

    public TimelinePage(List<Interaction> rows, TimelineQuery.Cursor next) {
        this(rows, next, Map.of());
    }

    public List<Amendment> amendmentsOf(String interactionId) {
        return amendments.getOrDefault(interactionId, List.of());
    }
}
