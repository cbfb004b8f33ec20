-- Response templates: one template, a variant per language, every saved version kept, and how
-- often agents use them (for team leads). Same sync columns as version 1.

CREATE TABLE templates (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    slug       TEXT,
    shortcut   TEXT,
    category   TEXT    NOT NULL,
    tags       TEXT    NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    hlc        TEXT    NOT NULL,
    field_hlc  TEXT    NOT NULL DEFAULT '{}',
    origin     TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX templates_slug ON templates (slug) WHERE slug IS NOT NULL;

CREATE TABLE template_variants (
    id            TEXT    PRIMARY KEY,
    template_id   TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    needs_review  INTEGER NOT NULL DEFAULT 0,
    review_reason TEXT,
    updated_by    TEXT,
    updated_at    INTEGER NOT NULL,
    hlc           TEXT    NOT NULL,
    field_hlc     TEXT    NOT NULL DEFAULT '{}',
    origin        TEXT    NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (template_id, language)
);

-- Append-only: a saved variant is never overwritten in history.
CREATE TABLE template_versions (
    id          TEXT    PRIMARY KEY,
    template_id TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    author      TEXT,
    created_at  INTEGER NOT NULL,
    hlc         TEXT    NOT NULL,
    origin      TEXT    NOT NULL
);
CREATE INDEX template_versions_variant ON template_versions (template_id, language, version DESC);

CREATE TABLE template_usage (
    id             TEXT    PRIMARY KEY,
    template_id    TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    agent          TEXT,
    customer_id    TEXT,
    used_at        INTEGER NOT NULL,
    inserted_chars INTEGER NOT NULL,
    final_chars    INTEGER,
    edit_distance  INTEGER,
    hlc            TEXT    NOT NULL,
    origin         TEXT    NOT NULL
);
CREATE INDEX template_usage_template ON template_usage (template_id, used_at);

CREATE TRIGGER templates_outbox AFTER INSERT ON templates
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template', NEW.id, NEW.hlc);
END;
CREATE TRIGGER templates_outbox_update AFTER UPDATE ON templates
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template', NEW.id, NEW.hlc);
END;
CREATE TRIGGER template_variants_outbox AFTER INSERT ON template_variants
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template_variant', NEW.id, NEW.hlc);
END;
CREATE TRIGGER template_variants_outbox_update AFTER UPDATE ON template_variants
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id') AND NEW.hlc <> OLD.hlc
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template_variant', NEW.id, NEW.hlc);
END;
CREATE TRIGGER template_versions_outbox AFTER INSERT ON template_versions
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template_version', NEW.id, NEW.hlc);
END;
CREATE TRIGGER template_usage_outbox AFTER INSERT ON template_usage
WHEN NEW.origin = (SELECT value FROM meta WHERE key = 'device_id')
BEGIN
    INSERT INTO outbox (entity, entity_id, hlc) VALUES ('template_usage', NEW.id, NEW.hlc);
END;
