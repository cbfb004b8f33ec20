package io.rapport.wrapup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.customer.Amendment;
import io.rapport.customer.Channel;
import io.rapport.customer.CustomerStore;
import io.rapport.customer.Direction;
import io.rapport.customer.FollowUpStore;
import io.rapport.customer.InteractionDraft;
import io.rapport.customer.InteractionStore;
import io.rapport.store.Conn;
import io.rapport.store.Database;
import io.rapport.store.Ids;
import io.rapport.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Wrap-up drafts, submitted notes and team settings. A submit is one transaction: the contact's
 * timeline entry, the note, its follow-up and the end of the draft land together or not at all.
 * Everything given to this store is already redacted.
 */
public final class WrapUpStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String DRAFT_COLUMNS = "d.id, coalesce(c.display_name, ''), d.agent, d.customer_id, "
            + "d.channel, d.direction, d.contact_started_at, d.contact_ended_at, d.acw_started_at, d.fields, "
            + "d.revision, d.updated_at";

    private final Database db;
    private final CustomerStore customers;
    private final InteractionStore interactions;
    private final FollowUpStore followUps;

    public WrapUpStore(Database db, CustomerStore customers, InteractionStore interactions, FollowUpStore followUps) {
        this.db = db;
        this.customers = customers;
        this.interactions = interactions;
        this.followUps = followUps;
    }

    // ---- drafts ----

    public Draft createDraft(Contact contact, String agent, Instant acwStartedAt) {
        String id = Ids.newId();
        long now = System.currentTimeMillis();
        db.write(c -> c.update("INSERT INTO wrapup_drafts (id, customer_id, agent, channel, direction, "
                + "contact_started_at, contact_ended_at, acw_started_at, fields, revision, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", id, contact.customerId(), agent,
                contact.channel().code(), contact.direction().code(), contact.startedAt().toEpochMilli(),
                contact.endedAt() == null ? null : contact.endedAt().toEpochMilli(), acwStartedAt.toEpochMilli(),
                json(WrapUpFields.EMPTY), now, now));
        return draft(id).orElseThrow();
    }

    /**
     * Writes a draft's fields if {@code revision} is newer than the stored one (a late save never
     * overwrites a later one). Returns false if the draft no longer exists.
     */
    public boolean saveDraft(String id, WrapUpFields fields, long revision) {
        String value = json(fields);
        return db.write(c -> {
            int n = c.update("UPDATE wrapup_drafts SET fields = ?, revision = ?, updated_at = ? "
                    + "WHERE id = ? AND revision < ?", value, revision, System.currentTimeMillis(), id, revision);
            return n > 0 || c.queryLong("SELECT count(*) FROM wrapup_drafts WHERE id = ?", id) > 0;
        });
    }

    public Optional<Draft> draft(String id) {
        return db.read(c -> {
            List<Draft> l = drafts(c, "d.id = ?", id);
            return l.isEmpty() ? Optional.<Draft>empty() : Optional.of(l.get(0));
        });
    }

    /** An agent's unfinished drafts, most recently touched first. */
    public List<Draft> drafts(String agent) {
        return db.read(c -> drafts(c, "d.agent = ?", agent));
    }

    /** The agent's unfinished draft for a customer (following merges), if any. */
    public Optional<Draft> openDraftFor(String customerId, String agent) {
        return db.read(c -> {
            List<Draft> l = drafts(c, "d.customer_id = ? AND d.agent = ?", customerId, agent);
            return l.isEmpty() ? Optional.<Draft>empty() : Optional.of(l.get(0));
        });
    }

    public void deleteDraft(String id) {
        db.write(c -> c.update("DELETE FROM wrapup_drafts WHERE id = ?", id));
    }

    private List<Draft> drafts(Conn c, String where, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT " + DRAFT_COLUMNS + " FROM wrapup_drafts d LEFT JOIN customers c "
                + "ON c.id = d.customer_id WHERE " + where + " ORDER BY d.updated_at DESC");
        Conn.bind(ps, params);
        List<Draft> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long ended = rs.getLong(8);
                Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
                Contact contact = new Contact(rs.getString(4), Channel.parse(rs.getString(5)).orElse(Channel.PHONE),
                        Direction.parse(rs.getString(6)).orElse(Direction.INBOUND),
                        Instant.ofEpochMilli(rs.getLong(7)), endedAt);
                out.add(new Draft(rs.getString(1), rs.getString(2), rs.getString(3), contact,
                        Instant.ofEpochMilli(rs.getLong(9)), fields(rs.getString(10)), rs.getLong(11),
                        Instant.ofEpochMilli(rs.getLong(12))));
            }
        }
        return out;
    }

    // ---- notes ----

    /** What a submit writes, all redacted and checked. */
    public record Submission(String draftId, Contact contact, String agent, String reason, String detail,
            WrapUpStatus status, String summary, String nextSteps, LocalDate followUpDue, String followUpOwner,
            Integer sentiment, List<String> tags, int acwSeconds, Map<String, Integer> redactions, String subject,
            String body, Instant submittedAt) {
    }

    /** Result of a submit: the note and the timeline entry made for it, and the customer it went to. */
    public record Submitted(String noteId, String interactionId, String customerId) {
    }

    public Submitted submit(Submission s) {
        return db.write(c -> {
            var customer = customers.get(c, s.contact().customerId());
            if (customer.isEmpty()) {
                throw new StoreException("The customer of this wrap-up was deleted; the draft is kept");
            }
            String customerId = customer.get().id();
            String noteId = Ids.newId();
            Instant ended = s.contact().endedAt() == null ? s.submittedAt() : s.contact().endedAt();
            InteractionDraft entry = new InteractionDraft(s.contact().channel(), s.contact().direction(),
                    s.contact().startedAt(), ended, s.agent(), s.subject(), s.body(), s.status().code(),
                    s.sentiment() == null ? null : s.sentiment() - 3, s.reason(), null,
                    InteractionStore.WRAPUP_SOURCE, noteId);
            String interactionId = interactions.insert(c, customerId, entry, db.deviceId());
            c.update("INSERT INTO notes (id, interaction_id, customer_id, agent, reason, detail, status, summary, "
                    + "next_steps, follow_up_due, follow_up_owner, sentiment, tags, acw_seconds, redactions, "
                    + "submitted_at, hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    noteId, interactionId, customerId, s.agent(), s.reason(), blankToNull(s.detail()),
                    s.status().code(), s.summary(), blankToNull(s.nextSteps()),
                    s.followUpDue() == null ? null : s.followUpDue().toString(), blankToNull(s.followUpOwner()),
                    s.sentiment(), json(s.tags()), s.acwSeconds(), json(s.redactions()),
                    s.submittedAt().toEpochMilli(), db.tick(), db.deviceId());
            if (s.followUpDue() != null && s.status() == WrapUpStatus.FOLLOW_UP) {
                String what = s.nextSteps() == null || s.nextSteps().isBlank() ? s.subject() : s.nextSteps();
                followUps.insert(c, customerId, interactionId, s.followUpOwner(), s.followUpDue(),
                        what.length() > 500 ? what.substring(0, 500) + "…" : what, s.agent());
            }
            if (s.draftId() != null) {
                c.update("DELETE FROM wrapup_drafts WHERE id = ?", s.draftId());
            }
            return new Submitted(noteId, interactionId, customerId);
        });
    }

    /** Adds a correction to a submitted note (already redacted). */
    public Amendment amend(String interactionId, String agent, String text) {
        return db.write(c -> {
            if (c.queryLong("SELECT count(*) FROM notes WHERE interaction_id = ? AND deleted = 0", interactionId) == 0) {
                throw new StoreException("Only a submitted wrap-up note can be amended");
            }
            return interactions.amend(c, interactionId, agent, text);
        });
    }

    /** Notes submitted in [from, to), oldest first, streamed (an export may hold many thousands). */
    public int forEachNote(Instant from, Instant to, Consumer<Note> each) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT n.id, n.interaction_id, n.customer_id, "
                    + "coalesce(c.display_name, ''), n.agent, i.channel, i.started_at, i.ended_at, n.reason, "
                    + "n.detail, n.status, n.summary, n.next_steps, n.follow_up_due, n.follow_up_owner, n.sentiment, "
                    + "n.tags, n.acw_seconds, n.redactions, n.submitted_at FROM notes n "
                    + "LEFT JOIN interactions i ON i.id = n.interaction_id LEFT JOIN customers c ON c.id = n.customer_id "
                    + "WHERE n.submitted_at >= ? AND n.submitted_at < ? AND n.deleted = 0 ORDER BY n.submitted_at, n.seq");
            Conn.bind(ps, from.toEpochMilli(), to.toEpochMilli());
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ended = rs.getLong(8);
                    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
                    int sentiment = rs.getInt(16);
                    Integer sent = rs.wasNull() ? null : sentiment;
                    String due = rs.getString(14);
                    each.accept(new Note(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Channel.parse(rs.getString(6)).orElse(Channel.NOTE),
                            Instant.ofEpochMilli(rs.getLong(7)), endedAt, rs.getString(9), rs.getString(10),
                            WrapUpStatus.parse(rs.getString(11)).orElse(WrapUpStatus.RESOLVED), rs.getString(12),
                            rs.getString(13), due == null ? null : LocalDate.parse(due), rs.getString(15), sent,
                            list(rs.getString(17)), rs.getInt(18), counts(rs.getString(19)),
                            Instant.ofEpochMilli(rs.getLong(20)), amendments(c, rs.getString(2))));
                    n++;
                }
            }
            return n;
        });
    }

    private static List<Amendment> amendments(Conn c, String interactionId) throws SQLException {
        PreparedStatement ps = c.prepare("SELECT id, agent, created_at, text FROM interaction_amendments "
                + "WHERE interaction_id = ? AND deleted = 0 ORDER BY created_at");
        ps.setString(1, interactionId);
        List<Amendment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Amendment(rs.getString(1), interactionId, rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)));
            }
        }
        return out;
    }

    /** Agents seen in notes and follow-ups, for the follow-up owner list. */
    public List<String> agents(int limit) {
        return db.read(c -> {
            PreparedStatement ps = c.prepare("SELECT agent FROM (SELECT agent, max(submitted_at) AS t FROM notes "
                    + "GROUP BY agent UNION ALL SELECT owner, max(created_at) FROM follow_ups GROUP BY owner) "
                    + "WHERE agent IS NOT NULL GROUP BY agent ORDER BY max(t) DESC LIMIT ?");
            ps.setInt(1, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    // ---- team settings ----

    public Optional<String> teamSetting(String key) {
        return db.read(c -> Optional.ofNullable(c.queryString("SELECT value FROM team_settings WHERE key = ?", key)));
    }

    public void putTeamSetting(String key, String value, String agent) {
        db.write(c -> c.update("INSERT INTO team_settings (key, value, updated_by, updated_at, hlc, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                + "updated_by = excluded.updated_by, updated_at = excluded.updated_at, hlc = excluded.hlc, "
                + "origin = excluded.origin", key, value, agent, System.currentTimeMillis(), db.tick(), db.deviceId()));
    }

    // ---- JSON ----

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static WrapUpFields fields(String json) {
        try {
            return JSON.readValue(json, WrapUpFields.class);
        } catch (JsonProcessingException e) {
            // a damaged draft still opens, empty, rather than blocking the form
            return WrapUpFields.EMPTY;
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static Map<String, Integer> counts(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
