-- Rapport local store, version 1.
--
-- Every table that a team shares carries what sync needs from day one:
--   id      a UUID (TEXT), the identity across desktops and the hub;
--   hlc     the hybrid logical clock of the last change (sortable text);
--   origin  the device that made the last change ('demo' and 'training' never leave the desktop);
--   deleted a tombstone (rows are never physically removed while other desktops may still hold them).
-- Editable records also keep field_hlc, a JSON object field -> hlc, for field-by-field merging.
-- 'seq' is an explicit INTEGER PRIMARY KEY so full-text rowids stay stable across VACUUM.
-- There are no FOREIGN KEY constraints on purpose: sync may deliver an interaction before its customer.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE customers (
    seq             INTEGER PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    customer_number TEXT,
    display_name    TEXT    NOT NULL,
    given_name      TEXT,
    family_name     TEXT,
    gender          TEXT    CHECK (gender IN ('female', 'male', 'other')),
    formal_address  TEXT,
    language        TEXT,
    vip             INTEGER NOT NULL DEFAULT 0,
    vulnerable      INTEGER NOT NULL DEFAULT 0,
    do_not_call     INTEGER NOT NULL DEFAULT 0,
    external_ids    TEXT    NOT NULL DEFAULT '{}',
    note            TEXT,
    customer_since  INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    merged_into     TEXT,
    hlc             TEXT    NOT NULL,
    field_hlc       TEXT    NOT NULL DEFAULT '{}',
    origin          TEXT    NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customers_number ON customers (customer_number) WHERE customer_number IS NOT NULL;
CREATE INDEX customers_merged ON customers (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE customer_phones (
    id          TEXT    PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    e164        TEXT    NOT NULL,
    raw         TEXT,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_phones_e164 ON customer_phones (e164, customer_id);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id, position);

CREATE TABLE customer_emails (
    id          TEXT    PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    email       TEXT    NOT NULL,   -- normalised: trimmed, lower case, IDN domain in ASCII
    raw         TEXT,
    label       TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_emails_email ON customer_emails (email, customer_id);
CREATE INDEX customer_emails_customer ON customer_emails (customer_id, position);

CREATE TABLE interactions (
    seq           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    customer_id   TEXT    NOT NULL,
    channel       TEXT    NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'social', 'visit', 'note')),
    direction     TEXT    NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER,
    agent         TEXT,
    subject       TEXT,
    body          TEXT,
    outcome       TEXT,
    sentiment     INTEGER CHECK (sentiment BETWEEN -2 AND 2),
    topic         TEXT,
    order_number  TEXT,
    source_system TEXT,
    source_id     TEXT,
    created_at    INTEGER NOT NULL,
    hlc           TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interactions_timeline ON interactions (customer_id, started_at DESC, seq DESC);
CREATE UNIQUE INDEX interactions_source ON interactions (source_system, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX interactions_order ON interactions (order_number) WHERE order_number IS NOT NULL;
CREATE INDEX interactions_open ON interactions (customer_id, started_at DESC)
    WHERE outcome IN ('follow-up', 'escalated', 'unresolved') AND deleted = 0;

-- Full-text indexes hold text folded by the app (lower case, no diacritics, l for ł, ss for ß),
-- so 'zazalenie' finds 'zażalenie', 'pristi' finds 'příští' and 'strasse' finds 'Straße'.
-- A 3-letter prefix index keeps search-as-you-type fast without doubling the cost of imports.
CREATE VIRTUAL TABLE interaction_fts USING fts5(
    text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
CREATE VIRTUAL TABLE customer_fts USING fts5(
    text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- Bulk imports store rows first and index their words in the background: each batch leaves the
-- range of interaction seqs still to be indexed here (local only).
CREATE TABLE fts_backlog (
    id        INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL
);

-- Derived per-customer counters (local only, never synced): opening a customer with 20,000
-- interactions must not count them.
CREATE TABLE customer_stats (
    customer_id      TEXT PRIMARY KEY,
    contacts_total   INTEGER NOT NULL DEFAULT 0,
    first_contact_at INTEGER,
    last_contact_at  INTEGER
) WITHOUT ROWID;

-- Bulk imports add their counts once per batch and customer instead (meta 'bulk', see the outbox).
CREATE TRIGGER interactions_stats_insert AFTER INSERT ON interactions
WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO customer_stats (customer_id, contacts_total, first_contact_at, last_contact_at)
    VALUES (NEW.customer_id, 1, NEW.started_at, NEW.started_at)
    ON CONFLICT (customer_id) DO UPDATE SET
        contacts_total   = contacts_total + 1,
        first_contact_at = min(coalesce(first_contact_at, excluded.first_contact_at), excluded.first_contact_at),
        last_contact_at  = max(coalesce(last_contact_at, excluded.last_contact_at), excluded.last_contact_at);
END;

-- Moves (merge, undo) and tombstones adjust both customers' counters incrementally; the first
-- and last contact are looked up again only when the row that moved was the first or the last.
CREATE TRIGGER interactions_stats_update AFTER UPDATE OF customer_id, deleted, started_at ON interactions
BEGIN
    UPDATE customer_stats SET contacts_total = contacts_total - 1
    WHERE customer_id = OLD.customer_id AND OLD.deleted = 0;
    UPDATE customer_stats SET
        last_contact_at  = (SELECT started_at FROM interactions
                            WHERE customer_id = OLD.customer_id AND deleted = 0
                            ORDER BY started_at DESC LIMIT 1),
        first_contact_at = (SELECT started_at FROM interactions
                            WHERE customer_id = OLD.customer_id AND deleted = 0
                            ORDER BY started_at ASC LIMIT 1)
    WHERE customer_id = OLD.customer_id AND OLD.deleted = 0
      AND (last_contact_at = OLD.started_at OR first_contact_at = OLD.started_at);
    INSERT INTO customer_stats (customer_id, contacts_total, first_contact_at, last_contact_at)
    SELECT NEW.customer_id, 1, NEW.started_at, NEW.started_at WHERE NEW.deleted = 0
    ON CONFLICT (customer_id) DO UPDATE SET
        contacts_total   = contacts_total + 1,
        first_contact_at = min(coalesce(first_contact_at, excluded.first_contact_at), excluded.first_contact_at),
        last_contact_at  = max(coalesce(last_contact_at, excluded.last_contact_at), excluded.last_contact_at);
END;

-- Outbox for team sync: a local change is queued in the same transaction as the change.
-- Only rows whose origin is this device are queued; rows applied from the hub keep the
-- origin of the desktop that made them, and demo or training rows never leave.
-- A bulk import queues one 'interaction-range' and one 'customer-range' entry (a customer with its
-- phones and e-mails) per batch instead of one per row: while its transaction holds meta 'bulk',
-- the per-row insert triggers stand aside.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,
    entity     TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    hlc        TEXT    NOT NULL,
    queued_at  INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);


CREATE TRIGGER customers_outbox_insert AFTER INSERT ON customers
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer', NEW.id, NEW.hlc);
END;
CREATE TRIGGER customers_outbox_update AFTER UPDATE ON customers
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phones_outbox_insert AFTER INSERT ON customer_phones
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer_phone', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phones_outbox_update AFTER UPDATE ON customer_phones
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer_phone', NEW.id, NEW.hlc);
END;
CREATE TRIGGER emails_outbox_insert AFTER INSERT ON customer_emails
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer_email', NEW.id, NEW.hlc);
END;
CREATE TRIGGER emails_outbox_update AFTER UPDATE ON customer_emails
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('customer_email', NEW.id, NEW.hlc);
END;
CREATE TRIGGER interactions_outbox_insert AFTER INSERT ON interactions
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('interaction', NEW.id, NEW.hlc);
END;
CREATE TRIGGER interactions_outbox_update AFTER UPDATE ON interactions
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('interaction', NEW.id, NEW.hlc);
END;

-- Customer merges keep what they moved, so a merge can be undone exactly.
CREATE TABLE customer_merges (
    id          TEXT    PRIMARY KEY,
    survivor_id TEXT    NOT NULL,
    merged_id   TEXT    NOT NULL,
    moved       TEXT    NOT NULL,     -- JSON: {"interactions": [...], "phones": [...], "emails": [...]}
    merged_at   INTEGER NOT NULL,
    merged_by   TEXT,
    undone_at   INTEGER
);
CREATE INDEX customer_merges_survivor ON customer_merges (survivor_id);

-- Imports remember which files they read (for the report and re-import checks).
CREATE TABLE import_runs (
    id          TEXT    PRIMARY KEY,
    format      TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    imported    INTEGER NOT NULL DEFAULT 0,
    merged      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    status      TEXT    NOT NULL
);
