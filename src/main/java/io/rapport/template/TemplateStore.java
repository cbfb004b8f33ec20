package io.rapport.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Templates with their language variants, versions and usage in the local store. Saving a
 * variant keeps the old one as a version and marks the template's other languages as needing
 * review, until someone updates or confirms them.
 */
public final class TemplateStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public TemplateStore(Database db) {
        this.db = db;
    }

    public boolean isEmpty() {
        return db.read(c -> c.queryLong("SELECT count(*) FROM templates WHERE deleted = 0")) == 0;
    }

    /** Every live template with its variants, by category and title. */
    public List<Template> all() {
        return db.read(c -> {
            Map<String, Template> byId = new LinkedHashMap<>();
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, slug, shortcut, category, tags FROM templates WHERE deleted = 0 ORDER BY category, slug")) {
                while (rs.next()) {
                    byId.put(rs.getString(1), new Template(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), tags(rs.getString(5)), new LinkedHashMap<>()));
                }
            }
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT template_id, language, title, body, version, needs_review, review_reason, updated_by, "
                            + "updated_at FROM template_variants WHERE deleted = 0 ORDER BY language")) {
                while (rs.next()) {
                    Template t = byId.get(rs.getString(1));
                    if (t != null) {
                        t.variants().put(rs.getString(2), variant(rs));
                    }
                }
            }
            return new ArrayList<>(byId.values());
        });
    }

    public Optional<Template> get(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static TemplateVariant variant(ResultSet rs) throws SQLException {
        return new TemplateVariant(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6) != 0,
                rs.getString(7), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)));
    }

    /**
     * Saves a template; every variant must parse. Returns its id. A changed variant gets a new
     * version; the other languages are then marked as needing review.
     */
    public String save(TemplateEdit edit, String author) {
        validate(edit);
        return db.write(c -> save(c, edit, author, db.deviceId()));
    }

    /**
     * Saves several templates in one transaction (a pack): all or nothing. {@code origin} null
     * means this device.
     */
    public int saveAll(List<TemplateEdit> edits, String author, String origin) {
        edits.forEach(TemplateStore::validate);
        return db.write(c -> {
            for (TemplateEdit e : edits) {
                save(c, e, author, origin == null ? db.deviceId() : origin);
            }
            return edits.size();
        });
    }

    static void validate(TemplateEdit edit) {
        if (edit.category() == null || edit.category().isBlank()) {
            throw new TemplateException("choose a category");
        }
        if (edit.shortcut() != null && !edit.shortcut().isBlank() && !edit.shortcut().matches("[a-z0-9]{2,12}")) {
            throw new TemplateException("a shortcut is 2 to 12 lower-case letters or digits, e.g. \"late\"");
        }
        boolean any = false;
        for (Map.Entry<String, TemplateEdit.Text> v : edit.variants().entrySet()) {
            if (v.getValue().body() == null || v.getValue().body().isBlank()) {
                continue;
            }
            any = true;
            if (v.getValue().title() == null || v.getValue().title().isBlank()) {
                throw new TemplateException(v.getKey() + ": the title is empty", v.getKey(), -1);
            }
            Optional<TemplateSyntax.Error> err = TemplateSyntax.check(v.getValue().body());
            if (err.isPresent()) {
                throw new TemplateException(v.getKey() + ", position " + err.get().position() + ": "
                        + err.get().message(), v.getKey(), err.get().position());
            }
        }
        if (!any) {
            throw new TemplateException("a template needs the text in at least one language");
        }
    }

    String save(Conn c, TemplateEdit edit, String author, String origin) throws SQLException {
        long now = System.currentTimeMillis();
        String id = edit.id();
        if (id != null && c.queryLong("SELECT count(*) FROM templates WHERE id = ?", id) == 0) {
            // an id from a pack or another desktop that this store has not seen yet
            c.update("INSERT INTO templates (id, slug, shortcut, category, tags, created_at, updated_at, hlc, origin) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, edit.slug(), blank(edit.shortcut()), edit.category(),
                    json(edit.tags()), now, now, db.tick(), origin);
        } else if (id == null) {
            id = Ids.newId();
            c.update("INSERT INTO templates (id, slug, shortcut, category, tags, created_at, updated_at, hlc, origin) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, edit.slug(), blank(edit.shortcut()), edit.category(),
                    json(edit.tags()), now, now, db.tick(), origin);
        } else {
            c.update("UPDATE templates SET slug = ?, shortcut = ?, category = ?, tags = ?, updated_at = ?, hlc = ?, "
                    + "origin = ?, deleted = 0 WHERE id = ?", edit.slug(), blank(edit.shortcut()), edit.category(),
                    json(edit.tags()), now, db.tick(), origin, id);
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, TemplateEdit.Text> e : edit.variants().entrySet()) {
            String lang = e.getKey();
            TemplateEdit.Text t = e.getValue();
            PreparedStatement ps = c.prepare("SELECT title, body, version, deleted FROM template_variants "
                    + "WHERE template_id = ? AND language = ?");
            ps.setString(1, id);
            ps.setString(2, lang);
            String oldTitle = null;
            String oldBody = null;
            int version = 0;
            boolean exists = false;
            boolean wasDeleted = false;
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    exists = true;
                    oldTitle = rs.getString(1);
                    oldBody = rs.getString(2);
                    version = rs.getInt(3);
                    wasDeleted = rs.getInt(4) != 0;
                }
            }
            boolean empty = t.body() == null || t.body().isBlank();
            if (empty) {
                if (exists && !wasDeleted) {
                    c.update("UPDATE template_variants SET deleted = 1, hlc = ?, origin = ?, updated_at = ? "
                            + "WHERE template_id = ? AND language = ?", db.tick(), origin, now, id, lang);
                }
                continue;
            }
            if (exists && !wasDeleted && t.body().equals(oldBody) && t.title().equals(oldTitle)) {
                continue;
            }
            int next = version + 1;
            if (exists) {
                c.update("UPDATE template_variants SET title = ?, body = ?, version = ?, needs_review = 0, "
                        + "review_reason = NULL, updated_by = ?, updated_at = ?, hlc = ?, origin = ?, deleted = 0 "
                        + "WHERE template_id = ? AND language = ?", t.title(), t.body(), next, author, now, db.tick(),
                        origin, id, lang);
            } else {
                c.update("INSERT INTO template_variants (id, template_id, language, title, body, version, updated_by, "
                        + "updated_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Ids.newId(), id, lang,
                        t.title(), t.body(), next, author, now, db.tick(), origin);
            }
            c.update("INSERT INTO template_versions (id, template_id, language, version, title, body, author, "
                    + "created_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Ids.newId(), id, lang, next,
                    t.title(), t.body(), author, now, db.tick(), origin);
            changed.add(lang);
        }
        if (!changed.isEmpty()) {
            // the languages not updated in this save no longer say the same thing
            String reason = String.join(", ", changed);
            PreparedStatement ps = c.prepare("SELECT language FROM template_variants WHERE template_id = ? "
                    + "AND deleted = 0");
            ps.setString(1, id);
            List<String> others = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!changed.contains(rs.getString(1))) {
                        others.add(rs.getString(1));
                    }
                }
            }
            boolean newTemplate = edit.id() == null;
            for (String lang : others) {
                if (!newTemplate) {
                    c.update("UPDATE template_variants SET needs_review = 1, review_reason = ?, hlc = ?, origin = ? "
                            + "WHERE template_id = ? AND language = ?", reason, db.tick(), origin, id, lang);
                }
            }
        }
        return id;
    }

    /** Confirms that a variant still says the same as the others. */
    public void confirm(String templateId, String language, String author) {
        db.write(c -> c.update("UPDATE template_variants SET needs_review = 0, review_reason = NULL, updated_by = ?, "
                + "hlc = ?, origin = ? WHERE template_id = ? AND language = ?", author, db.tick(), db.deviceId(),
                templateId, language));
    }

    public void delete(String templateId) {
        db.write(c -> c.update("UPDATE templates SET deleted = 1, hlc = ?, origin = ?, updated_at = ? WHERE id = ?",
                db.tick(), db.deviceId(), System.currentTimeMillis(), templateId));
    }

    /** Saved versions of a variant, newest first. */
    public List<TemplateVersion> versions(String templateId, String language) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT version, title, body, author, created_at FROM template_versions "
                    + "WHERE template_id = ? AND language = ? ORDER BY version DESC");
            ps.setString(1, templateId);
            ps.setString(2, language);
            List<TemplateVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TemplateVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return out;
        });
    }

    /** Records that an agent used a template and how much of it they changed before sending. */
    public void recordUsage(String templateId, String language, String agent, String customerId, int insertedChars,
            Integer finalChars, Integer editDistance) {
        db.write(c -> c.update("INSERT INTO template_usage (id, template_id, language, agent, customer_id, used_at, "
                + "inserted_chars, final_chars, edit_distance, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Ids.newId(), templateId, language, agent, customerId, System.currentTimeMillis(), insertedChars,
                finalChars, editDistance, db.tick(), db.deviceId()));
    }

    /** Usage per template, most used first. */
    public List<TemplateUsage> usage() {
        return db.read(c -> {
            List<TemplateUsage> out = new ArrayList<>();
            try (var st = c.jdbc().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT template_id, count(*), count(DISTINCT agent), "
                            + "avg(CASE WHEN edit_distance IS NULL OR inserted_chars = 0 THEN NULL "
                            + "ELSE min(1.0, 1.0 * edit_distance / inserted_chars) END) "
                            + "FROM template_usage GROUP BY template_id ORDER BY count(*) DESC")) {
                while (rs.next()) {
                    out.add(new TemplateUsage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)));
                }
            }
            return out;
        });
    }

    private static List<String> tags(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static String json(List<String> tags) {
        try {
            return JSON.writeValueAsString(tags == null ? List.of() : tags);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
