package io.rapport.customer;

import java.util.List;
import java.util.Optional;

/**
 * What the history pane and the search box ask of customers. Every method may block on the
 * store: call it off the FX application thread.
 */
public interface CustomerService {

    /**
     * Best matches for whatever was typed: a phone in any common format, an e-mail, a name
     * (partial, any order, without diacritics), a customer or order number, or words from past
     * interactions. Best match first, each customer once.
     */
    List<CustomerHit> lookup(String query, int limit);

    /** The header, counters and at-a-glance strip of a customer; empty if it does not exist. */
    Optional<CustomerHistory> history(String customerId);

    /** One page of a customer's timeline. */
    TimelinePage timeline(TimelineQuery query);

    /** Customers most recently in touch, newest first (the history pane before a search). */
    List<CustomerHit> recentContacts(int limit);

    /** Other customers that look like the same person (same name), for merging. */
    List<CustomerHit> possibleDuplicates(String customerId);

    /** Merges {@code mergedId} into {@code survivorId}; returns the id to undo it with. */
    String merge(String survivorId, String mergedId);

    /** Undoes a merge exactly. */
    void undoMerge(String mergeId);
}
