-- Rapport hub, version 2: what the sync engine needs beyond version 1.
--
-- 1. A NOTIFY on channel rapport_changes whenever change-log rows are added, so listening
--    desktops pull within a moment instead of waiting for their periodic pull. NOTIFY is
--    delivered at commit and identical notifications in one transaction are sent once.
-- 2. The field-by-field merge rule for records with field_hlc (customers, follow-ups, templates,
--    variants, phrase concepts, phrases), used by a desktop's push (see the ADR):
--    a field's clock is field_hlc[field] when present; when field_hlc is empty the whole row was
--    written at hlc; otherwise (field_hlc has other fields only) the field predates all of them ('').
--    Clocks compare as bytes (COLLATE "C"), as the desktops compare them.
-- docs: src/site/markdown/adr/0002-hub-schema-and-sync-cursor.md

CREATE FUNCTION rapport.notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('rapport_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER changes_notify AFTER INSERT ON rapport.changes
FOR EACH STATEMENT EXECUTE FUNCTION rapport.notify_changes();

CREATE FUNCTION rapport.field_clock(fh jsonb, hlc text, f text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN fh ? f THEN fh ->> f
                WHEN fh IS NULL OR fh = '{}'::jsonb THEN hlc
                ELSE '' END
$$;

-- True when the incoming row (b) has any field newer than the stored row (a): only then does an upsert change it.
CREATE FUNCTION rapport.any_field_newer(a jsonb, a_hlc text, b jsonb, b_hlc text, fields text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT EXISTS (SELECT 1 FROM unnest(fields) AS f
                   WHERE rapport.field_clock(b, b_hlc, f) COLLATE "C" > rapport.field_clock(a, a_hlc, f) COLLATE "C")
$$;

-- The merged field clocks: for each field the newer of the two ('' omitted).
CREATE FUNCTION rapport.merge_field_hlc(a jsonb, a_hlc text, b jsonb, b_hlc text, fields text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(f, v), '{}'::jsonb) FROM (
        SELECT f, CASE WHEN rapport.field_clock(b, b_hlc, f) COLLATE "C" > rapport.field_clock(a, a_hlc, f) COLLATE "C"
                       THEN rapport.field_clock(b, b_hlc, f) ELSE rapport.field_clock(a, a_hlc, f) END AS v
        FROM unnest(fields) AS f) x
    WHERE v <> ''
$$;

GRANT EXECUTE ON FUNCTION rapport.field_clock(jsonb, text, text), rapport.any_field_newer(jsonb, text, jsonb, text, text[]),
    rapport.merge_field_hlc(jsonb, text, jsonb, text, text[])
    TO rapport_agent, rapport_lead, rapport_trainer, rapport_admin;
