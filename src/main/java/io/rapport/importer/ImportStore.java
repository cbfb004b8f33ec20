package io.rapport.importer;

import io.rapport.customer.CustomerDraft;
import io.rapport.customer.CustomerStore;
import io.rapport.customer.InteractionStore;
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

    ImportStore(Database db, CustomerStore customers, InteractionStore interactions) {
        this.db = db;
        this.customers = customers;
        this.interactions = interactions;
    }

    void flush(List<ImportRecord> batch, Map<String, String> cache, ImportReport report, String origin) {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> tally = new ArrayList<>(batch.size());
        Map<String, String> added = new HashMap<>();
        try {
            db.write(c -> {
                for (ImportRecord r : batch) {
                    c.exec("SAVEPOINT rec");
                    try {
                        tally.add(store(c, r, cache, added, report, origin));
                        c.exec("RELEASE rec");
                    } catch (SQLException | RuntimeException e) {
                        c.exec("ROLLBACK TO rec");
                        c.exec("RELEASE rec");
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
        tally.forEach(Runnable::run);
        if (cache.size() > MAX_CACHE) {
            cache.clear();
        }
    }

    private Runnable store(Conn c, ImportRecord r, Map<String, String> cache, Map<String, String> added,
            ImportReport report, String origin) throws SQLException {
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
            customerId = customers.insert(c, r.customer(), origin);
            created = true;
        } else {
            enrich(c, customerId, r.customer(), keys, cache, origin);
        }
        for (String k : keys) {
            if (cache.putIfAbsent(k, customerId) == null) {
                added.put(k, customerId);
            }
        }
        String id = interactions.insert(c, customerId, r.interaction(), origin);
        if (id == null) {
            return report::duplicate;
        }
        boolean joined = !created;
        boolean made = created;
        return () -> report.imported(joined, made);
    }

    private List<String> keys(CustomerDraft d) {
        List<String> keys = new ArrayList<>(4);
        PhoneNumbers phones = customers.phoneNumbers();
        for (String p : d.phones()) {
            phones.normalise(p).ifPresent(n -> keys.add("p:" + n.e164()));
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

    /** Adds contact points the existing customer did not have yet. */
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
        for (String p : d.phones()) {
            customers.addPhone(c, customerId, p, null, customers.nextPosition(c, "customer_phones", customerId),
                    origin);
        }
        for (String e : d.emails()) {
            customers.addEmail(c, customerId, e, null, customers.nextPosition(c, "customer_emails", customerId),
                    origin);
        }
    }
}
