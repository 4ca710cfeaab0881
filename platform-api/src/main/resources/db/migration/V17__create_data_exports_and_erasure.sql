-- Personal data: a person's export of everything the platform holds about them, produced in the
-- background (the same lease as matching runs and imports), and what erasure needs from the
-- append-only tables.

-- One row per export request. requested_by is the person or the tenant admin who asked; only they or
-- a tenant admin may read it. The ZIP lives apart (data_export_files) so polling never reads it.
CREATE TABLE data_exports (
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    id           uuid        NOT NULL,
    person_id    uuid        NOT NULL,
    requested_by uuid        NOT NULL,
    status       text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    failure      text        CHECK (length(failure) <= 1000),
    size_bytes   bigint      CHECK (size_bytes >= 0),
    requested_at timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES people (tenant_id, id),
    CHECK ((status = 'DONE') = (size_bytes IS NOT NULL))
);
CREATE INDEX data_exports_by_person ON data_exports (tenant_id, person_id, requested_at);
CREATE INDEX data_exports_unfinished ON data_exports (tenant_id, id) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE data_export_files (
    tenant_id uuid  NOT NULL,
    export_id uuid  NOT NULL,
    content   bytea NOT NULL,
    PRIMARY KEY (tenant_id, export_id),
    FOREIGN KEY (tenant_id, export_id) REFERENCES data_exports (tenant_id, id) ON DELETE CASCADE
);

SELECT apply_tenant_isolation('data_exports');
SELECT apply_tenant_isolation('data_export_files');
GRANT SELECT, INSERT, UPDATE ON data_exports TO platform_app;
GRANT SELECT, INSERT, DELETE ON data_export_files TO platform_app;

-- The application role may not update the append-only tables (audit_log, roadmap_changes), and
-- erasure is the one reason to touch them: this function is the only way it can, limited to the
-- current tenant and to what erasure does. Rows about the erased person's own records
-- (subject_ids: the person, their roadmaps, milestones, experiments, journal entries, evidence) keep
-- who did what and when but lose their before/after values; every other audit row of the tenant
-- that quotes one of the words (their name, their e-mail) gets each quote replaced by its mask.
-- Returns how many rows were changed.
CREATE FUNCTION erase_from_append_only(subject_ids uuid[], roadmap_ids uuid[], words text[], masks text[])
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    tenant  uuid := app_current_tenant();
    erased  jsonb := '{"erased": true}';
    changed integer := 0;
    n       integer;
BEGIN
    IF tenant IS NULL THEN
        RAISE EXCEPTION 'erase_from_append_only needs a tenant transaction';
    END IF;
    UPDATE audit_log
    SET before = CASE WHEN before IS NULL THEN NULL ELSE erased END,
        after = CASE WHEN after IS NULL THEN NULL ELSE erased END
    WHERE tenant_id = tenant AND entity_id = ANY(subject_ids) AND action <> 'person.erased'
      AND (before IS NOT NULL OR after IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    changed := changed + n;
    UPDATE audit_log
    SET before = jsonb_mask(before, words, masks), after = jsonb_mask(after, words, masks)
    WHERE tenant_id = tenant AND NOT (entity_id = ANY(subject_ids))
      AND EXISTS (SELECT 1 FROM unnest(words) w
                  WHERE strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), lower(w)) > 0);
    GET DIAGNOSTICS n = ROW_COUNT;
    changed := changed + n;
    UPDATE roadmap_changes
    SET before = CASE WHEN before IS NULL THEN NULL ELSE erased END,
        after = CASE WHEN after IS NULL THEN NULL ELSE erased END
    WHERE tenant_id = tenant AND roadmap_id = ANY(roadmap_ids) AND (before IS NOT NULL OR after IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN changed + n;
END
$$;

-- Every string inside doc with each word (case-insensitive) replaced by the mask at the same position;
-- keys, numbers and the document's shape are kept.
CREATE FUNCTION jsonb_mask(doc jsonb, words text[], masks text[]) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    result jsonb;
    s      text;
BEGIN
    CASE jsonb_typeof(doc)
        WHEN 'object' THEN
            SELECT coalesce(jsonb_object_agg(key, jsonb_mask(value, words, masks)), '{}') INTO result
            FROM jsonb_each(doc);
            RETURN result;
        WHEN 'array' THEN
            SELECT coalesce(jsonb_agg(jsonb_mask(value, words, masks) ORDER BY ord), '[]') INTO result
            FROM jsonb_array_elements(doc) WITH ORDINALITY AS e (value, ord);
            RETURN result;
        WHEN 'string' THEN
            s := doc #>> '{}';
            FOR i IN 1 .. coalesce(cardinality(words), 0) LOOP
                s := regexp_replace(s, regexp_replace(words[i], '([^[:alnum:][:space:]])', '\\\1', 'g'), masks[i], 'gi');
            END LOOP;
            RETURN to_jsonb(s);
        ELSE
            RETURN doc;
    END CASE;
END
$$;

REVOKE ALL ON FUNCTION erase_from_append_only(uuid[], uuid[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_from_append_only(uuid[], uuid[], text[], text[]) TO platform_app;
GRANT EXECUTE ON FUNCTION jsonb_mask(jsonb, text[], text[]) TO platform_app;
