-- Multilingual phrasebook: concepts ("ask the customer to hold") and their phrases per language,
-- register and gender, with pronunciation hints; favourites per agent. Same sync columns as V1.

CREATE TABLE phrase_concepts (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    category   TEXT    NOT NULL,
    tags       TEXT    NOT NULL DEFAULT '[]',
    title      TEXT    NOT NULL DEFAULT '{}',   -- JSON: UI language -> title
    note       TEXT    NOT NULL DEFAULT '{}',   -- JSON: UI language -> usage note
    slots      TEXT    NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT    NOT NULL,
    field_hlc  TEXT    NOT NULL DEFAULT '{}',
    origin     TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE phrases (
    seq           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    concept_id    TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    register      TEXT    NOT NULL CHECK (register IN ('formal', 'informal')),
    gender        TEXT    CHECK (gender IN ('female', 'male')),
    pronunciation TEXT    NOT NULL DEFAULT '{}',  -- JSON: reader's UI language -> hint
    note          TEXT    NOT NULL DEFAULT '{}',
    position      INTEGER NOT NULL DEFAULT 0,
    needs_review  INTEGER NOT NULL DEFAULT 0,
    review_reason TEXT,
    updated_by    TEXT,
    updated_at    INTEGER NOT NULL,
    hlc           TEXT    NOT NULL,
    field_hlc     TEXT    NOT NULL DEFAULT '{}',
    origin        TEXT    NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phrases_concept ON phrases (concept_id, language, position);

CREATE TABLE phrase_favourites (
    id         TEXT    PRIMARY KEY,
    agent      TEXT    NOT NULL,
    concept_id TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    hlc        TEXT    NOT NULL,
    origin     TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agent, concept_id)
);

CREATE TRIGGER phrase_concepts_outbox AFTER INSERT ON phrase_concepts
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase_concept', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phrase_concepts_outbox_update AFTER UPDATE ON phrase_concepts
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase_concept', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phrases_outbox AFTER INSERT ON phrases
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phrases_outbox_update AFTER UPDATE ON phrases
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phrase_favourites_outbox AFTER INSERT ON phrase_favourites
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase_favourite', NEW.id, NEW.hlc);
END;
CREATE TRIGGER phrase_favourites_outbox_update AFTER UPDATE ON phrase_favourites
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('phrase_favourite', NEW.id, NEW.hlc);
END;
