-- Wrap-up: drafts autosaved while the agent types, submitted notes (immutable: a correction is
-- an amendment), follow-ups, and team settings such as the disposition tree. Shared tables carry
-- the same sync columns as version 1. Nothing here ever holds an unredacted card number or
-- national id: the app redacts before it writes.

-- Drafts belong to this desktop and its agent; they are not synced. 'fields' is JSON.
CREATE TABLE wrapup_drafts (
    id                 TEXT    PRIMARY KEY,
    customer_id        TEXT    NOT NULL,
    agent              TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    direction          TEXT    NOT NULL,
    contact_started_at INTEGER NOT NULL,
    contact_ended_at   INTEGER,
    acw_started_at     INTEGER NOT NULL,
    fields             TEXT    NOT NULL DEFAULT '{}',
    revision           INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX wrapup_drafts_customer ON wrapup_drafts (customer_id);

-- A submitted wrap-up. Its timeline entry is the interaction 'interaction_id' (channel and
-- times of the contact, disposition as subject, summary and next steps as body).
CREATE TABLE notes (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    interaction_id   TEXT    NOT NULL,
    customer_id      TEXT    NOT NULL,
    agent            TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    detail           TEXT,
    status           TEXT    NOT NULL CHECK (status IN ('resolved', 'follow-up', 'escalated', 'transferred')),
    summary          TEXT    NOT NULL,
    next_steps       TEXT,
    follow_up_due    TEXT,
    follow_up_owner  TEXT,
    sentiment        INTEGER CHECK (sentiment BETWEEN 1 AND 5),
    tags             TEXT    NOT NULL DEFAULT '[]',
    acw_seconds      INTEGER NOT NULL DEFAULT 0,
    redactions       TEXT    NOT NULL DEFAULT '{}',
    submitted_at     INTEGER NOT NULL,
    hlc              TEXT    NOT NULL,
    origin           TEXT    NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_customer ON notes (customer_id, submitted_at DESC);
CREATE INDEX notes_submitted ON notes (submitted_at);
CREATE INDEX notes_interaction ON notes (interaction_id);

-- What was written is never rewritten: only a merge may move a note to the surviving customer.
CREATE TRIGGER notes_immutable BEFORE UPDATE ON notes
WHEN NEW.id IS NOT OLD.id OR NEW.interaction_id IS NOT OLD.interaction_id OR NEW.agent IS NOT OLD.agent
  OR NEW.reason IS NOT OLD.reason OR NEW.detail IS NOT OLD.detail OR NEW.status IS NOT OLD.status
  OR NEW.summary IS NOT OLD.summary OR NEW.next_steps IS NOT OLD.next_steps
  OR NEW.follow_up_due IS NOT OLD.follow_up_due OR NEW.follow_up_owner IS NOT OLD.follow_up_owner
  OR NEW.sentiment IS NOT OLD.sentiment OR NEW.tags IS NOT OLD.tags OR NEW.submitted_at IS NOT OLD.submitted_at
BEGIN
    SELECT RAISE(ABORT, 'a submitted note cannot be changed: add an amendment');
END;

-- Corrections to a timeline entry (a submitted note), with who and when. Append-only.
CREATE TABLE interaction_amendments (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    interaction_id TEXT    NOT NULL,
    agent          TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    hlc            TEXT    NOT NULL,
    origin         TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interaction_amendments_interaction ON interaction_amendments (interaction_id, created_at);
CREATE TRIGGER interaction_amendments_immutable BEFORE UPDATE OF text, agent, created_at ON interaction_amendments
BEGIN
    SELECT RAISE(ABORT, 'an amendment cannot be changed: add another one');
END;

-- Promises to call or write back, by due date (local calendar date, ISO text).
CREATE TABLE follow_ups (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    customer_id    TEXT    NOT NULL,
    interaction_id TEXT,
    owner          TEXT    NOT NULL,
    due            TEXT    NOT NULL,
    what           TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    done_at        INTEGER,
    done_by        TEXT,
    hlc            TEXT    NOT NULL,
    field_hlc      TEXT    NOT NULL DEFAULT '{}',
    origin         TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_owner ON follow_ups (owner, due) WHERE done_at IS NULL AND deleted = 0;
CREATE INDEX follow_ups_customer ON follow_ups (customer_id, due) WHERE done_at IS NULL AND deleted = 0;

-- Settings a team shares (the disposition tree, whether wrap-up is required), JSON values.
CREATE TABLE team_settings (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_by TEXT,
    updated_at INTEGER NOT NULL,
    hlc        TEXT    NOT NULL,
    origin     TEXT    NOT NULL
);

CREATE TRIGGER notes_outbox AFTER INSERT ON notes
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('note', NEW.id, NEW.hlc);
END;
CREATE TRIGGER notes_outbox_update AFTER UPDATE ON notes
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('note', NEW.id, NEW.hlc);
END;
CREATE TRIGGER interaction_amendments_outbox AFTER INSERT ON interaction_amendments
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('interaction_amendment', NEW.id, NEW.hlc);
END;
CREATE TRIGGER follow_ups_outbox AFTER INSERT ON follow_ups
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('follow_up', NEW.id, NEW.hlc);
END;
CREATE TRIGGER follow_ups_outbox_update AFTER UPDATE ON follow_ups
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('follow_up', NEW.id, NEW.hlc);
END;
CREATE TRIGGER team_settings_outbox AFTER INSERT ON team_settings
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('team_setting', NEW.key, NEW.hlc);
END;
CREATE TRIGGER team_settings_outbox_update AFTER UPDATE ON team_settings
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('team_setting', NEW.key, NEW.hlc);
END;
