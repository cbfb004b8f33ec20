package io.rapport.customer;

import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.text.Emails;
import io.rapport.text.FoldedText;
import io.rapport.text.PhoneNumbers;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries behind the search box and the history pane: lookup by phone, e-mail, name,
 * numbers and words; the header, counters and at-a-glance strip of a customer.
 */
public final class LookupStore {
    private final Database db;
    private final CustomerStore customers;
    private final InteractionStore interactions;
    private final Clock clock;

    public LookupStore(Database db, CustomerStore customers, InteractionStore interactions, Clock clock) {
        this.db = db;
        this.customers = customers;
        this.interactions = interactions;
        this.clock = clock;
    }

    public List<CustomerHit> lookup(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        return db.read(c -> lookup(c, q, limit));
    }

    private List<CustomerHit> lookup(Conn c, String q, int limit) throws SQLException {
        Map<String, CustomerHit> hits = new LinkedHashMap<>();
        if (Emails.looksLikeEmail(q)) {
            Optional<String> exact = Emails.normalise(q);
            if (exact.isPresent()) {
                add(c, hits, customers.idsByEmail(c, exact.get()), CustomerHit.MatchKind.EMAIL, exact.get(), limit);
            }
            add(c, hits, customers.idsByEmailPrefix(c, q.toLowerCase(Locale.ROOT), limit), CustomerHit.MatchKind.EMAIL,
                    null, limit);
            return new ArrayList<>(hits.values());
        }
        String digits = PhoneNumbers.digits(q);
        if (PhoneNumbers.looksLikePhone(q) && digits.length() >= 3) {
            phoneLookup(c, q, digits, hits, limit);
        }
        boolean token = q.indexOf(' ') < 0 && q.length() >= 3;
        if (token && q.chars().anyMatch(Character::isDigit)) {
            add(c, hits, customers.idsByCustomerNumber(c, q), CustomerHit.MatchKind.CUSTOMER_NUMBER, q, limit);
            add(c, hits, interactions.customersByOrder(c, q), CustomerHit.MatchKind.ORDER_NUMBER, q, limit);
        }
        int before = hits.size();
        if (q.chars().anyMatch(Character::isLetter) && hits.size() < limit) {
            nameLookup(c, q, hits, limit);
        }
        // a query that names several customers is a name; words in past contacts only fill up
        if (hits.size() < limit && hits.size() - before < 3) {
            textLookup(c, q, hits, limit);
        }
        return new ArrayList<>(hits.values());
    }

    private void phoneLookup(Conn c, String q, String digits, Map<String, CustomerHit> hits, int limit)
            throws SQLException {
        PhoneNumbers phones = customers.phoneNumbers();
        Optional<PhoneNumbers.Normalised> n = phones.normalise(q);
        if (n.isPresent()) {
            add(c, hits, customers.idsByPhone(c, n.get().e164()), CustomerHit.MatchKind.PHONE,
                    PhoneNumbers.pretty(n.get().e164()), limit);
        }
        if (digits.length() >= 4 && hits.size() < limit) {
            for (String prefix : PhonePrefixes.e164Prefixes(q, phones.defaultRegion())) {
                add(c, hits, customers.idsByPhonePrefix(c, prefix, limit), CustomerHit.MatchKind.PHONE, null, limit);
            }
        }
    }

    private void nameLookup(Conn c, String q, Map<String, CustomerHit> hits, int limit) throws SQLException {
        String fts = LookupQueries.allPrefixes(q);
        if (fts.isEmpty()) {
            return;
        }
        List<String> words = LookupQueries.words(q);
        List<CustomerStore.NameCandidate> found = new ArrayList<>(customers.nameCandidates(c, fts, 60));
        // exact words before prefixes, then whoever was in touch most recently
        found.sort(Comparator.comparingInt((CustomerStore.NameCandidate n) -> -exactWordScore(n.displayName(), words))
                .thenComparingLong(n -> -n.lastContactAt()));
        for (CustomerStore.NameCandidate n : found) {
            if (hits.size() >= limit) {
                break;
            }
            if (!hits.containsKey(n.id())) {
                customers.hit(c, n.id(), CustomerHit.MatchKind.NAME, null).ifPresent(h -> hits.put(n.id(), h));
            }
        }
    }

    private static int exactWordScore(String name, List<String> words) {
        List<String> nameWords = LookupQueries.words(name);
        int score = 0;
        for (String w : words) {
            if (nameWords.contains(w)) {
                score += 2;
            } else if (!nameWords.isEmpty() && nameWords.get(0).startsWith(w)) {
                score += 1;
            }
        }
        return score;
    }

    private void textLookup(Conn c, String q, Map<String, CustomerHit> hits, int limit) throws SQLException {
        String fts = LookupQueries.typingText(q);
        if (fts.isEmpty()) {
            return;
        }
        List<String> words = LookupQueries.words(q);
        for (Interaction i : interactions.search(c, fts, 200)) {
            if (hits.size() >= limit) {
                break;
            }
            if (hits.containsKey(i.customerId())) {
                continue;
            }
            String text = (i.subject() == null ? "" : i.subject() + " — ") + (i.body() == null ? "" : i.body());
            String snippet = FoldedText.of(text).excerpt(words, 90);
            customers.hit(c, i.customerId(), CustomerHit.MatchKind.TEXT, snippet)
                    .ifPresent(h -> hits.put(h.customerId(), h));
        }
    }

    private void add(Conn c, Map<String, CustomerHit> hits, List<String> ids, CustomerHit.MatchKind kind,
            String snippet, int limit) throws SQLException {
        for (String id : ids) {
            if (hits.size() >= limit) {
                return;
            }
            if (!hits.containsKey(id)) {
                customers.hit(c, id, kind, snippet).ifPresent(h -> hits.put(id, h));
            }
        }
    }

    public Optional<CustomerHistory> history(String customerId) {
        return db.read(c -> {
            Optional<Customer> customer = customers.get(c, customerId);
            if (customer.isEmpty()) {
                return Optional.<CustomerHistory>empty();
            }
            String id = customer.get().id();
            CustomerStats stats = customers.stats(c, id);
            java.time.Instant monthAgo = clock.instant().minus(Duration.ofDays(30));
            AtAGlance glance = new AtAGlance(interactions.openIssues(c, id, 5), interactions.last(c, id),
                    interactions.countSince(c, id, monthAgo), interactions.topicsSince(c, id, monthAgo),
                    FollowUpStore.openForCustomer(c, id));
            return Optional.of(new CustomerHistory(customer.get(), stats, glance));
        });
    }

    public List<CustomerHit> recentContacts(int limit) {
        return db.read(c -> {
            List<String> ids = customers.recentlyInTouch(c, limit * 2);
            Map<String, CustomerHit> hits = new LinkedHashMap<>();
            add(c, hits, ids, CustomerHit.MatchKind.NAME, null, limit);
            return new ArrayList<>(hits.values());
        });
    }

    public List<CustomerHit> possibleDuplicates(String customerId) {
        return db.read(c -> {
            Map<String, CustomerHit> hits = new LinkedHashMap<>();
            add(c, hits, customers.sameNameAs(c, customerId, 5), CustomerHit.MatchKind.NAME, null, 5);
            return new ArrayList<>(hits.values());
        });
    }
}
