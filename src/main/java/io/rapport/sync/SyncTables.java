package io.rapport.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared tables the sync engine moves between the desktop (SQLite) and the hub (PostgreSQL):
 * their entity names (as in the outbox and {@code rapport.changes}), key, columns and how each
 * column's type maps (local epoch-ms INTEGER and hub BIGINT, 0/1 and BOOLEAN, JSON text and JSONB).
 */
final class SyncTables {
    /** How a column is stored on each side. */
    enum Type {
        TEXT, LONG, INT, BOOL, JSON
    }

    record Column(String name, Type type) {
    }

    /**
     * One shared table.
     * @param insertOnly pushed with ON CONFLICT DO NOTHING (the hub never updates these rows from a desktop)
     * @param localDeleted whether the desktop's table has the {@code deleted} column (the hub's always has)
     * @param localSeq whether the desktop's table has a {@code seq} rowid (kept when a row is replaced)
     */
    record Table(String entity, String name, String key, List<Column> columns, boolean insertOnly,
            boolean localDeleted, boolean localSeq) {
        boolean hasFieldHlc() {
            return columns.stream().anyMatch(c -> c.name().equals("field_hlc"));
        }

        /** The columns that merge field by field: all but the key and the sync bookkeeping. */
        List<String> mergeFields() {
            List<String> out = new ArrayList<>();
            for (Column c : columns) {
                if (!c.name().equals(key) && !c.name().equals("hlc") && !c.name().equals("field_hlc")
                        && !c.name().equals("origin")) {
                    out.add(c.name());
                }
            }
            return out;
        }

        /** Columns present on the desktop. */
        List<Column> localColumns() {
            return localDeleted ? columns : columns.stream().filter(c -> !c.name().equals("deleted")).toList();
        }

        int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Tables in the order a push sends and a pull applies them (parents before children). */
    static final List<Table> ALL;
    private static final Map<String, Table> BY_ENTITY;

    static {
        List<Table> t = new ArrayList<>();
        t.add(table("customer", "customers", "id", false, true, true,
                "id", "customer_number", "display_name", "given_name", "family_name", "gender", "formal_address",
                "language", "vip:b", "vulnerable:b", "do_not_call:b", "external_ids:j", "note", "customer_since:l",
                "created_at:l", "updated_at:l", "merged_into", "hlc", "field_hlc:j", "origin", "deleted:b"));
        t.add(table("customer_phone", "customer_phones", "id", false, true, false,
                "id", "customer_id", "e164", "raw", "label", "position:i", "hlc", "origin", "deleted:b"));
        t.add(table("customer_email", "customer_emails", "id", false, true, false,
                "id", "customer_id", "email", "raw", "label", "position:i", "hlc", "origin", "deleted:b"));
        t.add(table("interaction", "interactions", "id", false, true, true,
                "id", "customer_id", "channel", "direction", "started_at:l", "ended_at:l", "agent", "subject", "body",
                "outcome", "sentiment:i", "topic", "order_number", "source_system", "source_id", "created_at:l", "hlc",
                "origin", "deleted:b"));
        t.add(table("interaction_amendment", "interaction_amendments", "id", true, true, true,
                "id", "interaction_id", "agent", "text", "created_at:l", "hlc", "origin", "deleted:b"));
        t.add(table("note", "notes", "id", true, true, true,
                "id", "interaction_id", "customer_id", "agent", "reason", "detail", "status", "summary", "next_steps",
                "follow_up_due", "follow_up_owner", "sentiment:i", "tags:j", "acw_seconds:i", "redactions:j",
                "submitted_at:l", "hlc", "origin", "deleted:b"));
        t.add(table("follow_up", "follow_ups", "id", false, true, true,
                "id", "customer_id", "interaction_id", "owner", "due", "what", "created_by", "created_at:l",
                "done_at:l", "done_by", "hlc", "field_hlc:j", "origin", "deleted:b"));
        t.add(table("team_setting", "team_settings", "key", false, false, false,
                "key", "value:j", "updated_by", "updated_at:l", "hlc", "origin", "deleted:b"));
        t.add(table("template", "templates", "id", false, true, true,
                "id", "slug", "shortcut", "category", "tags:j", "created_at:l", "updated_at:l", "hlc", "field_hlc:j",
                "origin", "deleted:b"));
        t.add(table("template_variant", "template_variants", "id", false, true, false,
                "id", "template_id", "language", "title", "body", "version:i", "needs_review:b", "review_reason",
                "updated_by", "updated_at:l", "hlc", "field_hlc:j", "origin", "deleted:b"));
        t.add(table("template_version", "template_versions", "id", true, false, false,
                "id", "template_id", "language", "version:i", "title", "body", "author", "created_at:l", "hlc",
                "origin", "deleted:b"));
        t.add(table("phrase_concept", "phrase_concepts", "id", false, true, true,
                "id", "category", "tags:j", "title:j", "note:j", "slots:j", "created_at:l", "updated_at:l", "hlc",
                "field_hlc:j", "origin", "deleted:b"));
        t.add(table("phrase", "phrases", "id", false, true, true,
                "id", "concept_id", "language", "text", "register", "gender", "pronunciation:j", "note:j",
                "position:i", "needs_review:b", "review_reason", "updated_by", "updated_at:l", "hlc", "field_hlc:j",
                "origin", "deleted:b"));
        ALL = Collections.unmodifiableList(t);
        Map<String, Table> m = new LinkedHashMap<>();
        for (Table x : t) {
            m.put(x.entity(), x);
        }
        BY_ENTITY = Collections.unmodifiableMap(m);
    }

    private SyncTables() {
    }

    /** The table of an entity name, or null for entities that never leave the desktop. */
    static Table byEntity(String entity) {
        return BY_ENTITY.get(entity);
    }

    private static Table table(String entity, String name, String key, boolean insertOnly, boolean localDeleted,
            boolean localSeq, String... cols) {
        List<Column> cs = new ArrayList<>();
        for (String c : cols) {
            int colon = c.indexOf(':');
            String n = colon < 0 ? c : c.substring(0, colon);
            Type type = colon < 0 ? Type.TEXT : switch (c.substring(colon + 1)) {
                case "b" -> Type.BOOL;
                case "l" -> Type.LONG;
                case "i" -> Type.INT;
                case "j" -> Type.JSON;
                default -> throw new IllegalArgumentException(c);
            };
            cs.add(new Column(n, type));
        }
        return new Table(entity, name, key, List.copyOf(cs), insertOnly, localDeleted, localSeq);
    }
}
