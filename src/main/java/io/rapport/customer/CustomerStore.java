package io.rapport.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.store.StoreException;
import io.rapport.text.Emails;
import io.rapport.text.Folding;
import io.rapport.text.PhoneNumbers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Customers and their contact points in the local store. Methods taking a {@link Conn} run
 * inside the caller's write transaction (importers batch thousands of rows per transaction);
 * the others open their own.
 */
public final class CustomerStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String HIT_SQL = "SELECT c.id, c.display_name, c.language, c.vip, c.vulnerable, c.do_not_call, "
            + "(SELECT e164 FROM customer_phones p WHERE p.customer_id = c.id AND p.deleted = 0 ORDER BY position LIMIT 1), "
            + "(SELECT email FROM customer_emails e WHERE e.customer_id = c.id AND e.deleted = 0 ORDER BY position LIMIT 1), "
            + "s.last_contact_at FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id "
            + "WHERE c.id = ? AND c.deleted = 0";

    private final Database db;
    private final PhoneNumbers phones;

    public CustomerStore(Database db, PhoneNumbers phones) {
        this.db = db;
        this.phones = phones;
    }

    public Database database() {
        return db;
    }

    public PhoneNumbers phoneNumbers() {
        return phones;
    }

    /** Creates a customer in its own transaction; returns its id. */
    public String insert(CustomerDraft draft) {
        return db.write(c -> insert(c, draft, db.deviceId()));
    }

    /** Creates a customer inside the caller's transaction; returns its id. */
    public String insert(Conn c, CustomerDraft d, String origin) throws SQLException {
        TextIndexBatch index = TextIndexBatch.immediate();
        String id = insert(c, d, origin, index);
        TextIndexStore.write(c, index);
        return id;
    }

    /** As above, with the name's full-text entry written when {@code index} is flushed. */
    public String insert(Conn c, CustomerDraft d, String origin, TextIndexBatch index) throws SQLException {
        String id = Ids.newId();
        long now = System.currentTimeMillis();
        String hlc = db.tick();
        String name = d.displayName() == null || d.displayName().isBlank()
                ? joinName(d.givenName(), d.familyName()) : d.displayName().strip();
        if (name == null || name.isBlank()) {
            name = firstNonBlank(d.emails(), d.phones(), "?");
        }
        Set<Flag> flags = d.flags() == null ? Set.of() : d.flags();
        PreparedStatement ps = c.prepare("INSERT INTO customers (id, customer_number, display_name, given_name, "
                + "family_name, gender, formal_address, language, vip, vulnerable, do_not_call, external_ids, note, "
                + "customer_since, created_at, updated_at, hlc, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
        Conn.bind(ps, id, InteractionStore.upper(d.customerNumber()), name, blankToNull(d.givenName()),
                blankToNull(d.familyName()), d.gender() == null ? null : d.gender().code(),
                blankToNull(d.formalAddress()), normaliseLanguage(d.language()), flags.contains(Flag.VIP),
                flags.contains(Flag.VULNERABLE), flags.contains(Flag.DO_NOT_CALL), toJson(d.externalIds()),
                blankToNull(d.note()), d.customerSince() == null ? null : d.customerSince().toEpochMilli(), now, now,
                hlc, origin);
        long seq;
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        index.addCustomer(seq, nameIndexText(name, d.givenName(), d.familyName(), d.customerNumber()));
        // a new customer has no contact points yet: only the draft's own repeats need skipping
        java.util.Set<String> seen = new java.util.HashSet<>();
        int pos = 0;
        for (String p : d.phones() == null ? List.<String>of() : d.phones()) {
            Optional<PhoneNumbers.Normalised> n = phones.normalise(p);
            if (n.isPresent() && seen.add(n.get().e164())) {
                insertPhone(c, id, n.get(), p, null, pos++, origin);
            }
        }
        pos = 0;
        for (String e : d.emails() == null ? List.<String>of() : d.emails()) {
            Optional<String> n = Emails.normalise(e);
            if (n.isPresent() && seen.add(n.get())) {
                insertEmail(c, id, n.get(), e, null, pos++, origin);
            }
        }
        return id;
    }

    static String nameIndexText(String display, String given, String family, String number) {
        StringBuilder b = new StringBuilder(display);
        if (given != null && !display.contains(given)) {
            b.append(' ').append(given);
        }
        if (family != null && !display.contains(family)) {
            b.append(' ').append(family);
        }
        if (number != null) {
            b.append(' ').append(number);
        }
        return Folding.fold(b.toString());
    }

    /** Adds a phone unless the customer already has it. Returns false for duplicates and non-numbers. */
    public boolean addPhone(Conn c, String customerId, String raw, String label, int position, String origin)
            throws SQLException {
        Optional<PhoneNumbers.Normalised> n = phones.normalise(raw);
        if (n.isEmpty()) {
            return false;
        }
        if (c.queryLong("SELECT count(*) FROM customer_phones WHERE e164 = ? AND customer_id = ? AND deleted = 0",
                n.get().e164(), customerId) > 0) {
            return false;
        }
        insertPhone(c, customerId, n.get(), raw, label, position, origin);
        return true;
    }

    private void insertPhone(Conn c, String customerId, PhoneNumbers.Normalised n, String raw, String label,
            int position, String origin) throws SQLException {
        c.update("INSERT INTO customer_phones (id, customer_id, e164, raw, label, position, hlc, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Ids.newId(), customerId, n.e164(), raw.strip(), label, position,
                db.tick(), origin);
    }

    /** Adds an e-mail unless the customer already has it. Returns false for duplicates and non-addresses. */
    public boolean addEmail(Conn c, String customerId, String raw, String label, int position, String origin)
            throws SQLException {
        Optional<String> n = Emails.normalise(raw);
        if (n.isEmpty()) {
            return false;
        }
        if (c.queryLong("SELECT count(*) FROM customer_emails WHERE email = ? AND customer_id = ? AND deleted = 0",
                n.get(), customerId) > 0) {
            return false;
        }
        insertEmail(c, customerId, n.get(), raw, label, position, origin);
        return true;
    }

    private void insertEmail(Conn c, String customerId, String email, String raw, String label, int position,
            String origin) throws SQLException {
        c.update("INSERT INTO customer_emails (id, customer_id, email, raw, label, position, hlc, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Ids.newId(), customerId, email, raw.strip(), label, position,
                db.tick(), origin);
    }

    /** Next free position for a new contact point of a customer. */
    public int nextPosition(Conn c, String table, String customerId) throws SQLException {
        String t = "customer_phones".equals(table) ? "customer_phones" : "customer_emails";
        return (int) c.queryLong("SELECT coalesce(max(position) + 1, 0) FROM " + t + " WHERE customer_id = ?",
                customerId);
    }

    /** Live customers (not merged away) with this exact E.164 number. */
    public List<String> idsByPhone(Conn c, String e164) throws SQLException {
        return ids(c, "SELECT p.customer_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                + "WHERE p.e164 = ? AND p.deleted = 0 AND c.deleted = 0 AND c.merged_into IS NULL", e164);
    }

    /** Live customers with this normalised e-mail address. */
    public List<String> idsByEmail(Conn c, String email) throws SQLException {
        return ids(c, "SELECT e.customer_id FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
                + "WHERE e.email = ? AND e.deleted = 0 AND c.deleted = 0 AND c.merged_into IS NULL", email);
    }

    /** Customers whose E.164 number starts with {@code e164Prefix} ("+48601…"). */
    public List<String> idsByPhonePrefix(Conn c, String e164Prefix, int limit) throws SQLException {
        return ids(c, "SELECT DISTINCT p.customer_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                + "WHERE p.e164 >= ? AND p.e164 < ? AND p.deleted = 0 AND c.deleted = 0 "
                + "AND c.merged_into IS NULL LIMIT " + limit, e164Prefix, e164Prefix + "\uffff");
    }

    public List<String> idsByEmailPrefix(Conn c, String prefix, int limit) throws SQLException {
        return ids(c, "SELECT DISTINCT e.customer_id FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
                + "WHERE e.email >= ? AND e.email < ? AND e.deleted = 0 AND c.deleted = 0 "
                + "AND c.merged_into IS NULL LIMIT " + limit, prefix, prefix + "\uffff");
    }

    public List<String> idsByCustomerNumber(Conn c, String number) throws SQLException {
        return ids(c, "SELECT id FROM customers WHERE customer_number = ? AND deleted = 0 "
                + "AND merged_into IS NULL LIMIT 5", InteractionStore.upper(number));
    }

    /** Customers whose name (or customer number) contains every prefix in the FTS query. */
    public List<String> idsByName(Conn c, String ftsQuery, int limit) throws SQLException {
        return ids(c, "SELECT c.id FROM customer_fts f JOIN customers c ON c.seq = f.rowid "
                + "WHERE customer_fts MATCH ? AND c.deleted = 0 AND c.merged_into IS NULL "
                + "ORDER BY f.rowid DESC LIMIT " + limit, ftsQuery);
    }

    /** A customer found by name, with what ranking needs. */
    public record NameCandidate(String id, String displayName, long lastContactAt) {
    }

    /** Customers whose name matches the FTS query, with name and last contact, in one query. */
    public List<NameCandidate> nameCandidates(Conn c, String ftsQuery, int limit) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT c.id, c.display_name, coalesce(s.last_contact_at, 0) "
                + "FROM customer_fts f JOIN customers c ON c.seq = f.rowid "
                + "LEFT JOIN customer_stats s ON s.customer_id = c.id "
                + "WHERE customer_fts MATCH ? AND c.deleted = 0 AND c.merged_into IS NULL "
                + "ORDER BY f.rowid DESC LIMIT " + limit);
        ps.setString(1, ftsQuery);
        List<NameCandidate> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NameCandidate(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    private static List<String> ids(Conn c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        Conn.bind(ps, params);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A lookup result row for {@code id}, or empty if it no longer exists. */
    public Optional<CustomerHit> hit(Conn c, String id, CustomerHit.MatchKind kind, String snippet)
            throws SQLException {
        PreparedStatement ps = c.prepare(HIT_SQL);
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Set<Flag> flags = flags(rs.getInt(4), rs.getInt(5), rs.getInt(6));
            long last = rs.getLong(9);
            Instant lastContact = rs.wasNull() ? null : Instant.ofEpochMilli(last);
            return Optional.of(new CustomerHit(rs.getString(1), rs.getString(2), rs.getString(7), rs.getString(8),
                    rs.getString(3), flags, kind, snippet, lastContact));
        }
    }

    /** The customer with all contact points; a merged-away id resolves to the survivor. */
    public Optional<Customer> get(String id) {
        return db.read(c -> get(c, id));
    }

    public Optional<Customer> get(Conn c, String id) throws SQLException {
        String current = id;
        for (int hops = 0; hops < 10; hops++) {
            String into = c.queryString("SELECT merged_into FROM customers WHERE id = ?", current);
            if (into == null) {
                break;
            }
            current = into;
        }
        PreparedStatement ps = c.prepare("SELECT id, customer_number, display_name, given_name, family_name, gender, "
                + "formal_address, language, vip, vulnerable, do_not_call, external_ids, note, customer_since, "
                + "created_at, merged_into FROM customers WHERE id = ? AND deleted = 0");
        ps.setString(1, current);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String cid = rs.getString(1);
            long since = rs.getLong(14);
            boolean noSince = rs.wasNull();
            Customer customer = new Customer(cid, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    Gender.parse(rs.getString(6)).orElse(null), rs.getString(7), rs.getString(8),
                    flags(rs.getInt(9), rs.getInt(10), rs.getInt(11)), fromJson(rs.getString(12)), rs.getString(13),
                    noSince ? null : Instant.ofEpochMilli(since), Instant.ofEpochMilli(rs.getLong(15)),
                    contactPoints(c, "SELECT id, e164, raw, label FROM customer_phones WHERE customer_id = ? "
                            + "AND deleted = 0 ORDER BY position, e164", cid),
                    contactPoints(c, "SELECT id, email, raw, label FROM customer_emails WHERE customer_id = ? "
                            + "AND deleted = 0 ORDER BY position, email", cid),
                    rs.getString(16));
            return Optional.of(customer);
        }
    }

    private static List<ContactPoint> contactPoints(Conn c, String sql, String id) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        ps.setString(1, id);
        List<ContactPoint> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ContactPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    public CustomerStats stats(Conn c, String id) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT contacts_total, first_contact_at, last_contact_at "
                + "FROM customer_stats WHERE customer_id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return CustomerStats.NONE;
            }
            long total = rs.getLong(1);
            long first = rs.getLong(2);
            Instant f = rs.wasNull() ? null : Instant.ofEpochMilli(first);
            long last = rs.getLong(3);
            Instant l = rs.wasNull() ? null : Instant.ofEpochMilli(last);
            return new CustomerStats(total, f, l);
        }
    }

    /** Other live customers with the same folded name: candidates for a merge. */
    public List<String> sameNameAs(Conn c, String id, int limit) throws SQLException {
        String name = c.queryString("SELECT display_name FROM customers WHERE id = ?", id);
        if (name == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String folded = Folding.fold(name);
        for (String other : idsByName(c, LookupQueries.exactWords(folded), 20)) {
            String otherName = c.queryString("SELECT display_name FROM customers WHERE id = ?", other);
            if (!other.equals(id) && otherName != null && Folding.fold(otherName).equals(folded)) {
                out.add(other);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** Customers by their latest contact, newest first. */
    public List<String> recentlyInTouch(Conn c, int limit) throws SQLException {
        return ids(c, "SELECT customer_id FROM customer_stats ORDER BY last_contact_at DESC LIMIT " + limit);
    }

    /** Customers with a number of contacts in the range, most recently in touch first. */
    public List<String> withContactsBetween(int min, int max, int limit) {
        return db.read(c -> ids(c, "SELECT customer_id FROM customer_stats WHERE contacts_total BETWEEN ? AND ? "
                + "ORDER BY last_contact_at DESC LIMIT " + limit, min, max));
    }

    /**
     * Up to {@code n} live customers picked at random (for benchmarks and spot checks), with
     * their contact points.
     */
    public List<Customer> sample(int n, long seed) {
        return db.read(c -> {
            long max = c.queryLong("SELECT max(seq) FROM customers");
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            List<Customer> out = new ArrayList<>();
            PreparedStatement ps = c.prepare("SELECT id FROM customers WHERE seq = ? AND deleted = 0 "
                    + "AND merged_into IS NULL");
            for (int attempt = 0; attempt < n * 4 && out.size() < n && max > 0; attempt++) {
                ps.setLong(1, 1 + r.nextLong(max));
                String id = null;
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getString(1);
                    }
                }
                if (id != null) {
                    get(c, id).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    /** The customer with the most contacts (for benchmarks). */
    public String busiest() {
        return db.read(c -> c.queryString("SELECT customer_id FROM customer_stats ORDER BY contacts_total DESC LIMIT 1"));
    }

    /** Number of live customers. */
    public long count() {
        return db.read(c -> c.queryLong("SELECT count(*) FROM customers WHERE deleted = 0 AND merged_into IS NULL"));
    }

    static Set<Flag> flags(int vip, int vulnerable, int dnc) {
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        if (vip != 0) {
            f.add(Flag.VIP);
        }
        if (vulnerable != 0) {
            f.add(Flag.VULNERABLE);
        }
        if (dnc != 0) {
            f.add(Flag.DO_NOT_CALL);
        }
        return f;
    }

    static String normaliseLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    private static String toJson(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m == null ? Map.of() : m);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store external ids: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fromJson(String s) {
        if (s == null || s.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(s, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String joinName(String given, String family) {
        String g = blankToNull(given);
        String f = blankToNull(family);
        if (g == null) {
            return f;
        }
        return f == null ? g : g + " " + f;
    }

    private static String firstNonBlank(List<String> a, List<String> b, String fallback) {
        for (List<String> l : List.of(a == null ? List.<String>of() : a, b == null ? List.<String>of() : b)) {
            for (String s : l) {
                if (s != null && !s.isBlank()) {
                    return s.strip();
                }
            }
        }
        return fallback;
    }
}
