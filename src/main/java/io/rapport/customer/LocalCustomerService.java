package io.rapport.customer;

import java.util.List;
import java.util.Optional;

/** {@link CustomerService} over the local SQLite store. */
public final class LocalCustomerService implements CustomerService {
    private final LookupStore lookups;
    private final InteractionStore interactions;
    private final MergeStore merges;
    private final String agent;

    public LocalCustomerService(LookupStore lookups, InteractionStore interactions, MergeStore merges, String agent) {
        this.lookups = lookups;
        this.interactions = interactions;
        this.merges = merges;
        this.agent = agent;
    }

    @Override
    public List<CustomerHit> lookup(String query, int limit) {
        return lookups.lookup(query, limit);
    }

    @Override
    public Optional<CustomerHistory> history(String customerId) {
        return lookups.history(customerId);
    }

    @Override
    public TimelinePage timeline(TimelineQuery query) {
        return interactions.timeline(query);
    }

    @Override
    public List<CustomerHit> recentContacts(int limit) {
        return lookups.recentContacts(limit);
    }

    @Override
    public List<CustomerHit> possibleDuplicates(String customerId) {
        return lookups.possibleDuplicates(customerId);
    }

    @Override
    public String merge(String survivorId, String mergedId) {
        return merges.merge(survivorId, mergedId, agent);
    }

    @Override
    public void undoMerge(String mergeId) {
        merges.undo(mergeId);
    }
}
