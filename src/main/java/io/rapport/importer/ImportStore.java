package io.rapport.importer;

import io.rapport.customer.CustomerDraft;
import io.rapport.customer.CustomerStore;
import io.rapport.customer.InteractionStore;
import io.rapport.customer.TextIndexBatch;
import io.rapport.customer.TextIndexStore;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.StoreException;
import io.rapport.text.Emails;
import io.rapport.text.PhoneNumbers;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes import batches: finds each record's customer (by phone, e-mail, customer number, or an
 * unambiguous namesake), creates it if new, and stores the interaction, each record in a
 * savepoint so one bad record never takes its neighbours with it.
 */
final class ImportStore {
    private static final int MAX_CACHE = 600_000;

    private final Database db;
    private final CustomerStore customers;
    private final InteractionStore interactions;
    private final Map<String, String> phoneKeys = new HashMap<>();

    ImportStore(Database db, CustomerStore customers, InteractionStore interactions) {
        this.db = db;
        this.customers = customers;
        this.interactions = interactions;
    }

    /**
     * Stores a batch in one transaction. Savepoints per record would make FTS5 flush its pending
     * index on every release (ten times slower), so the fast path takes the batch whole; if any
     * record fails, the batch is rolled back and retried record by record, each in a savepoint,
     * so the bad one is skipped with its reason and the others are kept.
     */
    void flush(List<ImportRecord> batch, Map<String, String> cache, ImportReport report, String origin) {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> tally = new ArrayList<>(batch.size());
        Map<String, String> added = new HashMap<>();
        try {
            db.write(c -> {
                // one outbox entry for the batch's interactions instead of one per row (see V1)
                c.update("INSERT OR REPLACE INTO meta (key, value) VALUES ('bulk', '1')");
                TextIndexBatch index = TextIndexBatch.deferred();
                Map<String, long[]> stats = new HashMap<>();
                for (ImportRecord r : batch) {
                    tally.add(store(c, r, cache, added, report, origin, index, stats));
                }
                addStats(c, stats);
                if (origin.equals(db.deviceId())) {
                    long[] customersMade = index.customerRange();
                    if (customersMade != null) {
                        c.update("INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer-range', ?, ?)",
                                customersMade[0] + "-" + customersMade[1], db.tick());
                    }
                    long[] range = index.range();
                    if (range != null) {
                        c.update("INSERT INTO outbox (entity, entity_id, hlc) VALUES ('interaction-range', ?, ?)",
                                range[0] + "-" + range[1], db.tick());
                    }
                }
                TextIndexStore.write(c, index);
                c.update("DELETE FROM meta WHERE key = 'bulk'");
                return null;
            });
        } catch (RuntimeException fast) {
            added.keySet().forEach(cache::remove);
            added.clear();
            tally.clear();
            flushOneByOne(batch, cache, added, tally, report, origin);
        }
        tally.forEach(Runnable::run);
        if (cache.size() > MAX_CACHE) {
            cache.clear();
        }
    }

    private void flushOneByOne(List<ImportRecord> batch, Map<String, String> cache, Map<String, String> added,
            List<Runnable> tally, ImportReport report, String origin) {
        try {
            db.write(c -> {
                for (ImportRecord r : batch) {
                    c.exec("SAVEPOINT rec");
                    Map<String, String> mine = new HashMap<>();
                    try {
                        TextIndexBatch index = TextIndexBatch.deferred();
                        // no bulk flag here: the per-row triggers keep counters and outbox
                        tally.add(store(c, r, cache, mine, report, origin, index, new HashMap<>()));
                        TextIndexStore.write(c, index);
                        c.exec("RELEASE rec");
                        added.putAll(mine);
                    } catch (SQLException | RuntimeException e) {
                        c.exec("ROLLBACK TO rec");
                        c.exec("RELEASE rec");
                        mine.keySet().forEach(cache::remove);
                        Problem p = new Problem(r.line(), "not stored: " + e.getMessage());
                        tally.add(() -> report.skip(p));
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            added.keySet().forEach(cache::remove);
            throw e;
        }
    }

    /** Adds a batch's counts to the customers' counters (the per-row trigger stands aside in bulk). */
    private static void addStats(Conn c, Map<String, long[]> stats) throws SQLException {
        for (Map.Entry<String, long[]> e : stats.entrySet()) {
            long[] v = e.getValue();
            c.update("INSERT INTO customer_stats (customer_id, contacts_total, first_contact_at, last_contact_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                    + "contacts_total = contacts_total + excluded.contacts_total, "
                    + "first_contact_at = min(coalesce(first_contact_at, excluded.first_contact_at), "
                    + "excluded.first_contact_at), "
                    + "last_contact_at = max(coalesce(last_contact_at, excluded.last_contact_at), "
                    + "excluded.last_contact_at)", e.getKey(), v[0], v[1], v[2]);
        }
    }

    private Runnable store(Conn c, ImportRecord r, Map<String, String> cache, Map<String, String> added,
            ImportReport report, String origin, TextIndexBatch index, Map<String, long[]> stats)
            throws SQLException {
        List<String> keys = keys(r.customer());
        String customerId = null;
        for (String k : keys) {
            customerId = cache.get(k);
            if (customerId != null) {
                break;
            }
        }
        if (customerId == null) {
            customerId = findExisting(c, r.customer(), keys);
        }
        boolean created = false;
        if (customerId == null) {
            customerId = customers.insert(c, r.customer(), origin, index);
            created = true;
        } else {
            enrich(c, customerId, r.customer(), keys, cache, origin);
        }
        for (String k : keys) {
            if (cache.putIfAbsent(k, customerId) == null) {
                added.put(k, customerId);
            }
        }
        String id = interactions.insert(c, customerId, r.interaction(), origin, index);
        if (id == null) {
            return report::duplicate;
        }
        long at = r.interaction().startedAt().toEpochMilli();
        long[] st = stats.computeIfAbsent(customerId, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
        st[0]++;
        st[1] = Math.min(st[1], at);
        st[2] = Math.max(st[2], at);
        boolean joined = !created;
        boolean made = created;
        return () -> report.imported(joined, made);
    }

    private List<String> keys(CustomerDraft d) {
        List<String> keys = new ArrayList<>(4);
        PhoneNumbers phones = customers.phoneNumbers();
        for (String p : d.phones()) {
            // the same caller's number repeats on every line: parse it once
            String key = phoneKeys.get(p);
            if (key == null) {
                key = phones.normalise(p).map(n -> "p:" + n.e164()).orElse("");
                if (phoneKeys.size() > MAX_CACHE) {
                    phoneKeys.clear();
                }
                phoneKeys.put(p, key);
            }
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        for (String e : d.emails()) {
            Emails.normalise(e).ifPresent(n -> keys.add("e:" + n));
        }
        if (d.customerNumber() != null && !d.customerNumber().isBlank()) {
            keys.add("n:" + InteractionStore.upper(d.customerNumber()));
        }
        return keys;
    }

    private String findExisting(Conn c, CustomerDraft d, List<String> keys) throws SQLException {
        for (String k : keys) {
            String v = k.substring(2);
            List<String> ids;
            switch (k.charAt(0)) {
                case 'p':
                    ids = customers.idsByPhone(c, v);
                    break;
                case 'e':
                    ids = customers.idsByEmail(c, v);
                    break;
                default:
                    ids = customers.idsByCustomerNumber(c, v);
                    break;
            }
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
        }
        if (keys.isEmpty() && d.displayName() != null && !d.displayName().isBlank()) {
            // no contact point at all: join only an unambiguous namesake
            Optional<String> only = onlyNamesake(c, d.displayName());
            if (only.isPresent()) {
                return only.get();
            }
        }
        return null;
    }

    private Optional<String> onlyNamesake(Conn c, String name) throws SQLException {
        String folded = io.rapport.text.Folding.fold(name).strip();
        List<String> ids = customers.idsByName(c, io.rapport.customer.LookupQueries.exactWords(name), 3);
        List<String> same = new ArrayList<>();
        for (String id : ids) {
            String n = c.queryString("SELECT display_name FROM customers WHERE id = ?", id);
            if (n != null && io.rapport.text.Folding.fold(n).strip().equals(folded)) {
                same.add(id);
            }
        }
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /**
     * Adds contact points the existing customer did not have yet. In bulk mode the per-row
     * outbox triggers stand aside, so a changed customer is queued for sync here.
     */
    private void enrich(Conn c, String customerId, CustomerDraft d, List<String> keys, Map<String, String> cache,
            String origin) throws SQLException {
        boolean allKnown = true;
        for (String k : keys) {
            if (!customerId.equals(cache.get(k))) {
                allKnown = false;
                break;
            }
        }
        if (allKnown) {
            return;
        }
        boolean changed = false;
        for (String p : d.phones()) {
            changed |= customers.addPhone(c, customerId, p, null,
                    customers.nextPosition(c, "customer_phones", customerId), origin);
        }
        for (String e : d.emails()) {
            changed |= customers.addEmail(c, customerId, e, null,
                    customers.nextPosition(c, "customer_emails", customerId), origin);
        }
        if (changed && origin.equals(db.deviceId())) {
            c.update("INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer', ?, ?)", customerId, db.tick());
        }
    }
}
