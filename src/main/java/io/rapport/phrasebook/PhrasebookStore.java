package io.rapport.phrasebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.customer.Gender;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.text.Folding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts, phrases and favourites in the local store. Saving a concept whose phrase changed in
 * one language marks the other languages' phrases as needing review.
 */
public final class PhrasebookStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> CATEGORIES = PhrasebookPack.CATEGORIES;

    private final Database db;

    public PhrasebookStore(Database db) {
        this.db = db;
    }

    public boolean isEmpty() {
        return db.read(c -> c.queryLong("SELECT count(*) FROM phrase_concepts WHERE deleted = 0")) == 0;
    }

    /** Every live concept with its phrases, in catalogue order. */
    public List<ConceptEntry> all() {
        return db.read(c -> {
            Map<String, Concept> concepts = new LinkedHashMap<>();
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, category, tags, title, note, slots FROM phrase_concepts WHERE deleted = 0 ORDER BY seq")) {
                while (rs.next()) {
                    concepts.put(rs.getString(1), new Concept(rs.getString(1), rs.getString(2), list(rs.getString(3)),
                            map(rs.getString(4)), map(rs.getString(5)), list(rs.getString(6))));
                }
            }
            Map<String, List<Phrase>> phrases = new HashMap<>();
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, concept_id, language, text, register, gender, pronunciation, note, needs_review "
                            + "FROM phrases WHERE deleted = 0 ORDER BY concept_id, language, position, seq")) {
                while (rs.next()) {
                    phrases.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Phrase(rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4),
                            Register.parse(rs.getString(5)).orElse(Register.FORMAL),
                            Gender.parse(rs.getString(6)).orElse(null), map(rs.getString(7)), map(rs.getString(8))));
                }
            }
            List<ConceptEntry> out = new ArrayList<>();
            concepts.forEach((id, concept) -> out.add(new ConceptEntry(concept, phrases.getOrDefault(id, List.of()))));
            return out;
        });
    }

    /** Phrase ids that need review (another language of their concept changed). */
    public Set<String> needingReview() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id FROM phrases WHERE needs_review = 1 AND deleted = 0")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Checks an edited concept: a known category, a title, no empty phrase, no two concepts with
     * the same English title, languages and registers spelled as expected.
     */
    public static void validate(ConceptEntry e, List<ConceptEntry> others) {
        Map<String, String> titles = new HashMap<>();
        for (ConceptEntry o : others) {
            titles.putIfAbsent(Folding.fold(o.concept().titleIn("en")).strip(), o.concept().id());
        }
        validate(e, titles);
    }

    /** Checks many concepts (an import) against the stored ones and each other, in one pass. */
    public static void validateAll(List<ConceptEntry> entries, List<ConceptEntry> existing) {
        Map<String, String> titles = new HashMap<>();
        java.util.Set<String> replaced = new HashSet<>();
        entries.forEach(e -> replaced.add(e.concept().id()));
        for (ConceptEntry o : existing) {
            if (!replaced.contains(o.concept().id())) {
                titles.putIfAbsent(Folding.fold(o.concept().titleIn("en")).strip(), o.concept().id());
            }
        }
        for (ConceptEntry e : entries) {
            validate(e, titles);
            titles.putIfAbsent(Folding.fold(e.concept().titleIn("en")).strip(), e.concept().id());
        }
    }

    private static void validate(ConceptEntry e, Map<String, String> titles) {
        Concept c = e.concept();
        if (c.id() == null || c.id().isBlank()) {
            throw new PhrasebookException("the concept needs an id");
        }
        if (!CATEGORIES.contains(c.category())) {
            throw new PhrasebookException("\"" + c.id() + "\": unknown category \"" + c.category() + "\"");
        }
        if (c.titleIn("en").equals(c.id()) && c.title().isEmpty()) {
            throw new PhrasebookException("\"" + c.id() + "\": the concept needs a title");
        }
        for (Phrase p : e.phrases()) {
            if (!PhrasebookPack.LANGUAGES.contains(p.language())) {
                throw new PhrasebookException("\"" + c.id() + "\": unknown language \"" + p.language() + "\" (known: "
                        + String.join(", ", PhrasebookPack.LANGUAGES) + ")");
            }
            if (p.text() == null || p.text().isBlank()) {
                throw new PhrasebookException("\"" + c.id() + "\": the " + p.language() + " phrase is empty");
            }
        }
        String title = Folding.fold(c.titleIn("en")).strip();
        String other = titles.get(title);
        if (other != null && !other.equals(c.id())) {
            throw new PhrasebookException("\"" + c.titleIn("en") + "\" already exists (concept \"" + other + "\")");
        }
    }

    /** Saves one edited concept (validated against the others); returns the languages that changed. */
    public Set<String> save(ConceptEntry e, String author) {
        validate(e, all());
        return db.write(c -> save(c, e, author, db.deviceId(), true));
    }

    /** Saves many concepts in one transaction (a file import or the shipped phrasebook): all or nothing. */
    public int saveAll(List<ConceptEntry> entries, String author, String origin) {
        return db.write(c -> {
            for (ConceptEntry e : entries) {
                save(c, e, author, origin == null ? db.deviceId() : origin, false);
            }
            return entries.size();
        });
    }

    private Set<String> save(Conn c, ConceptEntry e, String author, String origin, boolean markOthers)
            throws SQLException {
        long now = System.currentTimeMillis();
        Concept k = e.concept();
        boolean exists = c.queryLong("SELECT count(*) FROM phrase_concepts WHERE id = ?", k.id()) > 0;
        if (exists) {
            c.update("UPDATE phrase_concepts SET category = ?, tags = ?, title = ?, note = ?, slots = ?, updated_at = ?, "
                    + "hlc = ?, origin = ?, deleted = 0 WHERE id = ?", k.category(), json(k.tags()), json(k.title()),
                    json(k.note()), json(k.slots()), now, db.tick(), origin, k.id());
        } else {
            c.update("INSERT INTO phrase_concepts (id, category, tags, title, note, slots, created_at, updated_at, hlc, "
                    + "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.id(), k.category(), json(k.tags()),
                    json(k.title()), json(k.note()), json(k.slots()), now, now, db.tick(), origin);
        }
        Map<String, String[]> old = new HashMap<>();
        PreparedStatement ps = c.prepare("SELECT id, language, text FROM phrases WHERE concept_id = ? AND deleted = 0");
        ps.setString(1, k.id());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                old.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        Set<String> changed = new HashSet<>();
        Set<String> kept = new HashSet<>();
        int position = 0;
        for (Phrase p : e.phrases()) {
            String[] before = p.id() == null ? null : old.get(p.id());
            if (before != null) {
                kept.add(p.id());
                c.update("UPDATE phrases SET text = ?, register = ?, gender = ?, pronunciation = ?, note = ?, position = ?, "
                        + "needs_review = CASE WHEN text = ? THEN needs_review ELSE 0 END, "
                        + "updated_by = ?, updated_at = ?, hlc = ?, origin = ? WHERE id = ?", p.text(),
                        p.register().code(), p.gender() == null ? null : p.gender().code(), json(p.pronunciation()),
                        json(p.note()), position++, p.text(), author, now, db.tick(), origin, p.id());
                if (!before[1].equals(p.text())) {
                    changed.add(p.language());
                }
            } else {
                c.update("INSERT INTO phrases (id, concept_id, language, text, register, gender, pronunciation, note, "
                        + "position, updated_by, updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        p.id() != null && !p.id().startsWith("builtin:") ? p.id() : Ids.newId(), k.id(), p.language(),
                        p.text(), p.register().code(), p.gender() == null ? null : p.gender().code(),
                        json(p.pronunciation()), json(p.note()), position++, author, now, db.tick(), origin);
                changed.add(p.language());
            }
        }
        for (Map.Entry<String, String[]> o : old.entrySet()) {
            if (!kept.contains(o.getKey())) {
                c.update("UPDATE phrases SET deleted = 1, hlc = ?, origin = ? WHERE id = ?", db.tick(), origin, o.getKey());
                changed.add(o.getValue()[0]);
            }
        }
        if (markOthers && exists && !changed.isEmpty()) {
            String reason = String.join(", ", new java.util.TreeSet<>(changed));
            PreparedStatement others = c.prepare("SELECT id, language FROM phrases WHERE concept_id = ? AND deleted = 0");
            others.setString(1, k.id());
            List<String> mark = new ArrayList<>();
            try (ResultSet rs = others.executeQuery()) {
                while (rs.next()) {
                    if (!changed.contains(rs.getString(2))) {
                        mark.add(rs.getString(1));
                    }
                }
            }
            for (String id : mark) {
                c.update("UPDATE phrases SET needs_review = 1, review_reason = ?, hlc = ?, origin = ? WHERE id = ?",
                        reason, db.tick(), origin, id);
            }
        }
        return changed;
    }

    /** Marks the phrases of a language in a concept as still fitting. */
    public void confirm(String conceptId, String language) {
        db.write(c -> c.update("UPDATE phrases SET needs_review = 0, review_reason = NULL, hlc = ?, origin = ? "
                + "WHERE concept_id = ? AND language = ? AND needs_review = 1", db.tick(), db.deviceId(), conceptId,
                language));
    }

    public void delete(String conceptId) {
        db.write(c -> c.update("UPDATE phrase_concepts SET deleted = 1, hlc = ?, origin = ? WHERE id = ?", db.tick(),
                db.deviceId(), conceptId));
    }

    public Set<String> favourites(String agent) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT concept_id FROM phrase_favourites WHERE agent = ? AND deleted = 0");
            ps.setString(1, agent);
            Set<String> out = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Adds or removes a favourite; returns whether it is now a favourite. */
    public boolean toggleFavourite(String agent, String conceptId) {
        return db.write(c -> {
            long live = c.queryLong("SELECT count(*) FROM phrase_favourites WHERE agent = ? AND concept_id = ? "
                    + "AND deleted = 0", agent, conceptId);
            if (live > 0) {
                c.update("UPDATE phrase_favourites SET deleted = 1, hlc = ?, origin = ? WHERE agent = ? AND concept_id = ?",
                        db.tick(), db.deviceId(), agent, conceptId);
                return false;
            }
            int n = c.update("UPDATE phrase_favourites SET deleted = 0, hlc = ?, origin = ? WHERE agent = ? "
                    + "AND concept_id = ?", db.tick(), db.deviceId(), agent, conceptId);
            if (n == 0) {
                c.update("INSERT INTO phrase_favourites (id, agent, concept_id, created_at, hlc, origin) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", Ids.newId(), agent, conceptId, System.currentTimeMillis(),
                        db.tick(), db.deviceId());
            }
            return true;
        });
    }

    private static List<String> list(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static Map<String, String> map(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o == null ? Map.of() : o);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
