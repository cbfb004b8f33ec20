-- Rapport hub, version 1: the team's shared copy of the desktop tables, in schema rapport.
--
-- Every shared table mirrors its desktop table (see db/migration/sqlite) with the same sync
-- columns: id (UUIDv7 text), hlc, origin (device id), deleted (tombstone) and, for records that
-- merge field by field, field_hlc. Local-only tables (drafts, outbox, counters, full-text
-- indexes, template usage, favourites) are not here. Demo and training rows never reach the hub:
-- a CHECK on origin refuses them. The database enforces who may read and write what: group
-- roles, GRANTs and row-level security (FORCE, so even the owning role is checked; the owner
-- has its own policy because erasure and the change log run as the owner).
-- docs: src/site/markdown/adr/0002-hub-schema-and-sync-cursor.md

-- Group roles (cluster-wide, so created only when missing). Login roles are added by `hub add-user`.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['rapport_agent', 'rapport_lead', 'rapport_trainer', 'rapport_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END
$$;

REVOKE ALL ON SCHEMA rapport FROM PUBLIC;
GRANT USAGE ON SCHEMA rapport TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
-- Every client checks the hub's schema version before it syncs (Flyway's history, see Hub.java).
GRANT SELECT ON rapport.hub_schema_history TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;

-- ---------------------------------------------------------------- hub-only tables

CREATE TABLE rapport.users (
    login      TEXT        PRIMARY KEY,            -- the PostgreSQL login role
    role       TEXT        NOT NULL CHECK (role IN ('agent', 'lead', 'trainer', 'admin')),
    team       TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every synced insert and update appends here (triggers below). Readers pull by seq but only
-- below their snapshot's xmin (see the ADR), so a smaller seq committed late is never skipped.
CREATE TABLE rapport.changes (
    seq       BIGSERIAL PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    txid      XID8 NOT NULL DEFAULT pg_current_xact_id(),
    origin    TEXT NOT NULL
);
CREATE INDEX changes_txid ON rapport.changes (txid);

CREATE TABLE rapport.audit_log (
    id          BIGSERIAL   PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL DEFAULT current_user,
    action      TEXT        NOT NULL,
    customer_id TEXT,
    detail      TEXT
);
CREATE INDEX audit_log_customer ON rapport.audit_log (customer_id, at);

-- ---------------------------------------------------------------- shared tables (mirror V1..V4)

CREATE TABLE rapport.customers (
    id              TEXT    PRIMARY KEY,
    customer_number TEXT,
    display_name    TEXT    NOT NULL,
    given_name      TEXT,
    family_name     TEXT,
    gender          TEXT    CHECK (gender IN ('female', 'male', 'other')),
    formal_address  TEXT,
    language        TEXT,
    vip             BOOLEAN NOT NULL DEFAULT false,
    vulnerable      BOOLEAN NOT NULL DEFAULT false,
    do_not_call     BOOLEAN NOT NULL DEFAULT false,
    external_ids    JSONB   NOT NULL DEFAULT '{}',
    note            TEXT,
    customer_since  BIGINT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    merged_into     TEXT,
    hlc             TEXT    NOT NULL,
    field_hlc       JSONB   NOT NULL DEFAULT '{}',
    origin          TEXT    NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX customers_number ON rapport.customers (customer_number) WHERE customer_number IS NOT NULL;

CREATE TABLE rapport.customer_phones (
    id          TEXT    PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    e164        TEXT    NOT NULL,
    raw         TEXT,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX customer_phones_customer ON rapport.customer_phones (customer_id);

CREATE TABLE rapport.customer_emails (
    id          TEXT    PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    raw         TEXT,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX customer_emails_customer ON rapport.customer_emails (customer_id);

CREATE TABLE rapport.interactions (
    id            TEXT     PRIMARY KEY,
    customer_id   TEXT     NOT NULL,
    channel       TEXT     NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'social', 'visit', 'note')),
    direction     TEXT     NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    started_at    BIGINT   NOT NULL,
    ended_at      BIGINT,
    agent         TEXT,
    subject       TEXT,
    body          TEXT,
    outcome       TEXT,
    sentiment     SMALLINT CHECK (sentiment BETWEEN -2 AND 2),
    topic         TEXT,
    order_number  TEXT,
    source_system TEXT,
    source_id     TEXT,
    created_at    BIGINT   NOT NULL,
    hlc           TEXT     NOT NULL,
    origin        TEXT     NOT NULL,
    deleted       BOOLEAN  NOT NULL DEFAULT false
);
CREATE INDEX interactions_customer ON rapport.interactions (customer_id, started_at DESC);

CREATE TABLE rapport.notes (
    id               TEXT     PRIMARY KEY,
    interaction_id   TEXT     NOT NULL,
    customer_id      TEXT     NOT NULL,
    agent            TEXT     NOT NULL,
    team             TEXT,                 -- hub only: the agent's team when submitted (trigger)
    reason           TEXT     NOT NULL,
    detail           TEXT,
    status           TEXT     NOT NULL CHECK (status IN ('resolved', 'follow-up', 'escalated', 'transferred')),
    summary          TEXT     NOT NULL,
    next_steps       TEXT,
    follow_up_due    TEXT,
    follow_up_owner  TEXT,
    sentiment        SMALLINT CHECK (sentiment BETWEEN 1 AND 5),
    tags             JSONB    NOT NULL DEFAULT '[]',
    acw_seconds      INTEGER  NOT NULL DEFAULT 0,
    redactions       JSONB    NOT NULL DEFAULT '{}',
    submitted_at     BIGINT   NOT NULL,
    hlc              TEXT     NOT NULL,
    origin           TEXT     NOT NULL,
    deleted          BOOLEAN  NOT NULL DEFAULT false
);
CREATE INDEX notes_customer ON rapport.notes (customer_id, submitted_at DESC);
CREATE INDEX notes_team ON rapport.notes (team, submitted_at DESC);

CREATE TABLE rapport.interaction_amendments (
    id             TEXT    PRIMARY KEY,
    interaction_id TEXT    NOT NULL,
    agent          TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    hlc            TEXT    NOT NULL,
    origin         TEXT    NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX interaction_amendments_interaction ON rapport.interaction_amendments (interaction_id);

CREATE TABLE rapport.follow_ups (
    id             TEXT    PRIMARY KEY,
    customer_id    TEXT    NOT NULL,
    interaction_id TEXT,
    owner          TEXT    NOT NULL,
    due            TEXT    NOT NULL,
    what           TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    done_at        BIGINT,
    done_by        TEXT,
    hlc            TEXT    NOT NULL,
    field_hlc      JSONB   NOT NULL DEFAULT '{}',
    origin         TEXT    NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX follow_ups_owner ON rapport.follow_ups (owner, due) WHERE done_at IS NULL AND NOT deleted;

CREATE TABLE rapport.templates (
    id         TEXT    PRIMARY KEY,
    slug       TEXT,
    shortcut   TEXT,
    category   TEXT    NOT NULL,
    tags       JSONB   NOT NULL DEFAULT '[]',
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL,
    hlc        TEXT    NOT NULL,
    field_hlc  JSONB   NOT NULL DEFAULT '{}',
    origin     TEXT    NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE rapport.template_variants (
    id            TEXT    PRIMARY KEY,
    template_id   TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    needs_review  BOOLEAN NOT NULL DEFAULT false,
    review_reason TEXT,
    updated_by    TEXT,
    updated_at    BIGINT  NOT NULL,
    hlc           TEXT    NOT NULL,
    field_hlc     JSONB   NOT NULL DEFAULT '{}',
    origin        TEXT    NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT false,
    UNIQUE (template_id, language)
);

CREATE TABLE rapport.template_versions (
    id          TEXT    PRIMARY KEY,
    template_id TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    author      TEXT,
    created_at  BIGINT  NOT NULL,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX template_versions_variant ON rapport.template_versions (template_id, language, version DESC);

CREATE TABLE rapport.phrase_concepts (
    id         TEXT    PRIMARY KEY,
    category   TEXT    NOT NULL,
    tags       JSONB   NOT NULL DEFAULT '[]',
    title      JSONB   NOT NULL DEFAULT '{}',
    note       JSONB   NOT NULL DEFAULT '{}',
    slots      JSONB   NOT NULL DEFAULT '[]',
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL,
    hlc        TEXT    NOT NULL,
    field_hlc  JSONB   NOT NULL DEFAULT '{}',
    origin     TEXT    NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE rapport.phrases (
    id            TEXT    PRIMARY KEY,
    concept_id    TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    register      TEXT    NOT NULL CHECK (register IN ('formal', 'informal')),
    gender        TEXT    CHECK (gender IN ('female', 'male')),
    pronunciation JSONB   NOT NULL DEFAULT '{}',
    note          JSONB   NOT NULL DEFAULT '{}',
    position      INTEGER NOT NULL DEFAULT 0,
    needs_review  BOOLEAN NOT NULL DEFAULT false,
    review_reason TEXT,
    updated_by    TEXT,
    updated_at    BIGINT  NOT NULL,
    hlc           TEXT    NOT NULL,
    field_hlc     JSONB   NOT NULL DEFAULT '{}',
    origin        TEXT    NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX phrases_concept ON rapport.phrases (concept_id, language, position);

CREATE TABLE rapport.team_settings (
    key        TEXT    PRIMARY KEY,
    value      JSONB   NOT NULL,
    updated_by TEXT,
    updated_at BIGINT  NOT NULL,
    hlc        TEXT    NOT NULL,
    origin     TEXT    NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT false
);

-- Leads score their team's notes (hub only, not synced to desktops in this version).
CREATE TABLE rapport.reviews (
    id         TEXT        PRIMARY KEY,
    note_id    TEXT        NOT NULL,
    reviewer   TEXT        NOT NULL DEFAULT current_user,
    score      SMALLINT    NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment    TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reviews_note ON rapport.reviews (note_id);

-- ---------------------------------------------------------------- helpers

-- True when the current role owns the hub (ran `hub init`); SECURITY DEFINER functions run as it.
CREATE FUNCTION rapport.is_owner() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
                   WHERE n.nspname = 'rapport' AND r.rolname = current_user)
$$;

-- The team of the current login (reads its own row of users, which every user may).
CREATE FUNCTION rapport.my_team() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT team FROM rapport.users WHERE login = current_user
$$;

-- The next hybrid-clock value after prev, in the desktops' format (12 hex ms, 4 hex counter, -node).
CREATE FUNCTION rapport.next_hlc(prev text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    ms     bigint := 0;
    c      integer := 0;
BEGIN
    IF prev IS NOT NULL AND length(prev) >= 16 AND substr(prev, 1, 16) ~ '^[0-9a-f]{16}$' THEN
        ms := ('x' || lpad(substr(prev, 1, 12), 16, '0'))::bit(64)::bigint;
        c := ('x' || lpad(substr(prev, 13, 4), 8, '0'))::bit(32)::integer;
    END IF;
    IF now_ms > ms THEN
        ms := now_ms;
        c := 0;
    ELSE
        c := c + 1;
        IF c > 65535 THEN
            ms := ms + 1;
            c := 0;
        END IF;
    END IF;
    RETURN lpad(to_hex(ms), 12, '0') || lpad(to_hex(c), 4, '0') || '-hub';
END
$$;

-- Appends to the change log; runs as the owner because nobody may write changes directly.
-- TG_ARGV: entity name, key column.
CREATE FUNCTION rapport.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = rapport, pg_temp AS $$
DECLARE
    r jsonb := to_jsonb(NEW);
BEGIN
    INSERT INTO rapport.changes (entity, entity_id, hlc, origin)
    VALUES (TG_ARGV[0], r ->> TG_ARGV[1], r ->> 'hlc', r ->> 'origin');
    RETURN NULL;
END
$$;

CREATE FUNCTION rapport.note_team() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.team := rapport.my_team();
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_team BEFORE INSERT ON rapport.notes
FOR EACH ROW EXECUTE FUNCTION rapport.note_team();

-- What was written is never rewritten. Only erasure (run as the owner inside erase_customer)
-- may blank a note's text; merges (customer_id) are for a later version.
CREATE FUNCTION rapport.note_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND rapport.is_owner()
            AND current_setting('rapport.erasing', true) = OLD.customer_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a submitted note cannot be changed: add an amendment'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER notes_immutable BEFORE UPDATE OR DELETE ON rapport.notes
FOR EACH ROW EXECUTE FUNCTION rapport.note_immutable();

CREATE FUNCTION rapport.amendment_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an amendment cannot be changed: add another one'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER interaction_amendments_immutable BEFORE UPDATE OR DELETE ON rapport.interaction_amendments
FOR EACH ROW EXECUTE FUNCTION rapport.amendment_immutable();

-- Sync columns, change-log triggers, RLS and the owner's policy on every shared table.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('customers', 'customer', 'id'), ('customer_phones', 'customer_phone', 'id'),
            ('customer_emails', 'customer_email', 'id'), ('interactions', 'interaction', 'id'),
            ('interaction_amendments', 'interaction_amendment', 'id'), ('notes', 'note', 'id'),
            ('follow_ups', 'follow_up', 'id'), ('templates', 'template', 'id'),
            ('template_variants', 'template_variant', 'id'), ('template_versions', 'template_version', 'id'),
            ('phrase_concepts', 'phrase_concept', 'id'), ('phrases', 'phrase', 'id'),
            ('team_settings', 'team_setting', 'key')) AS v (tbl, entity, key) LOOP
        EXECUTE format('ALTER TABLE rapport.%I ADD CONSTRAINT %I CHECK (origin NOT IN (''training'', ''demo''))',
                t.tbl, t.tbl || '_not_sandbox');
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON rapport.%I FOR EACH ROW '
                'EXECUTE FUNCTION rapport.log_change(%L, %L)', t.tbl || '_changes', t.tbl, t.entity, t.key);
        -- every group reads the shared history, templates, phrases and settings
        EXECUTE format('GRANT SELECT ON rapport.%I TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin',
                t.tbl);
        EXECUTE format('CREATE POLICY read_all ON rapport.%I FOR SELECT '
                'TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin USING (true)', t.tbl);
    END LOOP;
    FOR t IN SELECT c.relname AS tbl FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'rapport' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
               AND c.relname <> 'hub_schema_history' LOOP
        EXECUTE format('ALTER TABLE rapport.%I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('ALTER TABLE rapport.%I FORCE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('CREATE POLICY owner_all ON rapport.%I FOR ALL USING (rapport.is_owner()) '
                'WITH CHECK (rapport.is_owner())', t.tbl);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------- what each group may write

-- Profile edits: agents and leads add and change customers and their contact points.
GRANT INSERT, UPDATE ON rapport.customers, rapport.customer_phones, rapport.customer_emails
    TO rapport_agent, rapport_lead;
CREATE POLICY edit_insert ON rapport.customers FOR INSERT TO rapport_agent, rapport_lead WITH CHECK (true);
CREATE POLICY edit_update ON rapport.customers FOR UPDATE TO rapport_agent, rapport_lead USING (true) WITH CHECK (true);
CREATE POLICY edit_insert ON rapport.customer_phones FOR INSERT TO rapport_agent, rapport_lead WITH CHECK (true);
CREATE POLICY edit_update ON rapport.customer_phones FOR UPDATE TO rapport_agent, rapport_lead USING (true) WITH CHECK (true);
CREATE POLICY edit_insert ON rapport.customer_emails FOR INSERT TO rapport_agent, rapport_lead WITH CHECK (true);
CREATE POLICY edit_update ON rapport.customer_emails FOR UPDATE TO rapport_agent, rapport_lead USING (true) WITH CHECK (true);

-- Work records: only as oneself, and only one's own rows change afterwards.
GRANT INSERT, UPDATE ON rapport.interactions TO rapport_agent, rapport_lead;
CREATE POLICY own_insert ON rapport.interactions FOR INSERT TO rapport_agent, rapport_lead
    WITH CHECK (agent = current_user);
CREATE POLICY own_update ON rapport.interactions FOR UPDATE TO rapport_agent, rapport_lead
    USING (agent = current_user) WITH CHECK (agent = current_user);

GRANT INSERT ON rapport.notes, rapport.interaction_amendments TO rapport_agent, rapport_lead;
CREATE POLICY own_insert ON rapport.notes FOR INSERT TO rapport_agent, rapport_lead
    WITH CHECK (agent = current_user);
CREATE POLICY own_insert ON rapport.interaction_amendments FOR INSERT TO rapport_agent, rapport_lead
    WITH CHECK (agent = current_user);

GRANT INSERT, UPDATE ON rapport.follow_ups TO rapport_agent, rapport_lead;
CREATE POLICY own_insert ON rapport.follow_ups FOR INSERT TO rapport_agent, rapport_lead
    WITH CHECK (created_by = current_user);
CREATE POLICY own_update ON rapport.follow_ups FOR UPDATE TO rapport_agent, rapport_lead
    USING (owner = current_user OR created_by = current_user)
    WITH CHECK (owner = current_user OR created_by = current_user);

-- Content: trainers write templates and the phrasebook (template versions are append-only).
GRANT INSERT, UPDATE ON rapport.templates, rapport.template_variants, rapport.phrase_concepts, rapport.phrases
    TO rapport_trainer;
GRANT INSERT ON rapport.template_versions TO rapport_trainer;
CREATE POLICY trainer_insert ON rapport.templates FOR INSERT TO rapport_trainer WITH CHECK (true);
CREATE POLICY trainer_update ON rapport.templates FOR UPDATE TO rapport_trainer USING (true) WITH CHECK (true);
CREATE POLICY trainer_insert ON rapport.template_variants FOR INSERT TO rapport_trainer WITH CHECK (true);
CREATE POLICY trainer_update ON rapport.template_variants FOR UPDATE TO rapport_trainer USING (true) WITH CHECK (true);
CREATE POLICY trainer_insert ON rapport.template_versions FOR INSERT TO rapport_trainer WITH CHECK (true);
CREATE POLICY trainer_insert ON rapport.phrase_concepts FOR INSERT TO rapport_trainer WITH CHECK (true);
CREATE POLICY trainer_update ON rapport.phrase_concepts FOR UPDATE TO rapport_trainer USING (true) WITH CHECK (true);
CREATE POLICY trainer_insert ON rapport.phrases FOR INSERT TO rapport_trainer WITH CHECK (true);
CREATE POLICY trainer_update ON rapport.phrases FOR UPDATE TO rapport_trainer USING (true) WITH CHECK (true);

-- Team settings (disposition tree, wrap-up rules): leads and admins.
GRANT INSERT, UPDATE ON rapport.team_settings TO rapport_lead, rapport_admin;
CREATE POLICY settings_insert ON rapport.team_settings FOR INSERT TO rapport_lead, rapport_admin WITH CHECK (true);
CREATE POLICY settings_update ON rapport.team_settings FOR UPDATE TO rapport_lead, rapport_admin
    USING (true) WITH CHECK (true);

-- Reviews: a lead reads and scores the notes of their own team, as themselves.
GRANT SELECT, INSERT ON rapport.reviews TO rapport_lead;
CREATE POLICY team_read ON rapport.reviews FOR SELECT TO rapport_lead
    USING (EXISTS (SELECT 1 FROM rapport.notes n WHERE n.id = note_id AND n.team = rapport.my_team()));
CREATE POLICY team_insert ON rapport.reviews FOR INSERT TO rapport_lead
    WITH CHECK (reviewer = current_user
                AND EXISTS (SELECT 1 FROM rapport.notes n WHERE n.id = note_id AND n.team = rapport.my_team()));

-- Users: everyone sees their own row (for their team); admins see and manage all.
GRANT SELECT ON rapport.users TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
GRANT INSERT, UPDATE, DELETE ON rapport.users TO rapport_admin;
CREATE POLICY self_read ON rapport.users FOR SELECT TO rapport_agent, rapport_lead, rapport_trainer
    USING (login = current_user);
CREATE POLICY admin_all ON rapport.users FOR ALL TO rapport_admin USING (true) WITH CHECK (true);

-- The change log: everyone reads it (to pull); only the triggers above write it.
GRANT SELECT ON rapport.changes TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
CREATE POLICY read_all ON rapport.changes FOR SELECT
    TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin USING (true);

-- The audit log: everyone appends as themselves; only admins read.
GRANT INSERT ON rapport.audit_log TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
GRANT USAGE ON SEQUENCE rapport.audit_log_id_seq TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
GRANT SELECT ON rapport.audit_log TO rapport_admin;
CREATE POLICY append_own ON rapport.audit_log FOR INSERT
    TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin WITH CHECK (actor = current_user);
CREATE POLICY admin_read ON rapport.audit_log FOR SELECT TO rapport_admin USING (true);

-- ---------------------------------------------------------------- erasure

-- Right to erasure: blank the customer's personal data everywhere on the hub, tombstone the
-- customer and its contact points, and log it. Each changed row gets a new hlc (so the change
-- wins on every desktop) and a change-log entry via the triggers. Runs as the owner; admins may call it.
CREATE FUNCTION rapport.erase_customer(p_id text, p_detail text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = rapport, pg_temp AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    PERFORM set_config('rapport.erasing', p_id, true);
    UPDATE rapport.customers SET
        customer_number = NULL, display_name = '(erased)', given_name = NULL, family_name = NULL,
        gender = NULL, formal_address = NULL, language = NULL, vip = false, vulnerable = false,
        do_not_call = false, external_ids = '{}', note = NULL, customer_since = NULL,
        updated_at = now_ms, hlc = rapport.next_hlc(hlc), field_hlc = '{}', origin = 'hub', deleted = true
    WHERE id = p_id;
    IF NOT FOUND THEN
        PERFORM set_config('rapport.erasing', '', true);
        RETURN false;
    END IF;
    UPDATE rapport.customer_phones SET e164 = '', raw = NULL, label = NULL,
        hlc = rapport.next_hlc(hlc), origin = 'hub', deleted = true WHERE customer_id = p_id;
    UPDATE rapport.customer_emails SET email = '', raw = NULL, label = NULL,
        hlc = rapport.next_hlc(hlc), origin = 'hub', deleted = true WHERE customer_id = p_id;
    UPDATE rapport.interactions SET subject = NULL, body = NULL, order_number = NULL,
        hlc = rapport.next_hlc(hlc), origin = 'hub' WHERE customer_id = p_id;
    UPDATE rapport.notes SET summary = '(erased)', detail = NULL, next_steps = NULL,
        hlc = rapport.next_hlc(hlc), origin = 'hub' WHERE customer_id = p_id;
    UPDATE rapport.follow_ups SET what = '(erased)',
        hlc = rapport.next_hlc(hlc), origin = 'hub' WHERE customer_id = p_id;
    PERFORM set_config('rapport.erasing', '', true);
    INSERT INTO rapport.audit_log (actor, action, customer_id, detail)
    VALUES (session_user, 'erased', p_id, p_detail);
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION rapport.erase_customer(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.erase_customer(text, text) TO rapport_admin;
