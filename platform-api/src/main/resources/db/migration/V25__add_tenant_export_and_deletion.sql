-- An operator's export of all of a tenant's data, and the tenant's deletion after a grace period (tenantdata).

-- Deletion: scheduling makes the tenant inactive at once (status DELETION_SCHEDULED, the status it had is kept
-- for a cancel); after deletion_due_at a background job deletes every row of the tenant and leaves the tenant's
-- row as DELETED: the organisation's slug and name and who deleted it when, no person's data. The operator is a
-- person of the operators' tenant, so both ids are kept (no foreign key: the person is another tenant's).
ALTER TABLE tenants DROP CONSTRAINT tenants_status_check;
ALTER TABLE tenants
    ADD CONSTRAINT tenants_status_check
        CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETION_SCHEDULED', 'DELETED')),
    ADD COLUMN status_before_deletion       text CHECK (status_before_deletion IN ('ACTIVE', 'SUSPENDED')),
    ADD COLUMN deletion_requested_at        timestamptz,
    ADD COLUMN deletion_requested_by_tenant uuid REFERENCES tenants (id),
    ADD COLUMN deletion_requested_by        uuid,
    ADD COLUMN deletion_due_at              timestamptz,
    ADD COLUMN deleted_at                   timestamptz,
    ADD CONSTRAINT tenants_deletion_scheduled_check CHECK ((status IN ('DELETION_SCHEDULED', 'DELETED')) =
        (status_before_deletion IS NOT NULL AND deletion_requested_at IS NOT NULL
         AND deletion_requested_by_tenant IS NOT NULL AND deletion_requested_by IS NOT NULL
         AND deletion_due_at IS NOT NULL)),
    ADD CONSTRAINT tenants_deleted_check CHECK ((status = 'DELETED') = (deleted_at IS NOT NULL));
CREATE INDEX tenants_deletion_due ON tenants (deletion_due_at) WHERE status = 'DELETION_SCHEDULED';

-- Export: one row per request, in the exported tenant (so deleting the tenant deletes its exports too, and the
-- job reads the tenant and stores the ZIP in one transaction of that tenant). The ZIP lives apart, as for a
-- person's export, so polling never reads it.
CREATE TABLE tenant_exports (
    tenant_id             uuid        NOT NULL REFERENCES tenants (id),
    id                    uuid        NOT NULL,
    requested_by_tenant   uuid        NOT NULL,
    requested_by          uuid        NOT NULL,
    status                text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    failure               text        CHECK (length(failure) <= 1000),
    size_bytes            bigint      CHECK (size_bytes >= 0),
    requested_at          timestamptz NOT NULL DEFAULT now(),
    heartbeat_at          timestamptz NOT NULL DEFAULT now(),
    finished_at           timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'DONE') = (size_bytes IS NOT NULL))
);
CREATE INDEX tenant_exports_unfinished ON tenant_exports (tenant_id, id) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE tenant_export_files (
    tenant_id uuid  NOT NULL,
    export_id uuid  NOT NULL,
    content   bytea NOT NULL,
    PRIMARY KEY (tenant_id, export_id),
    FOREIGN KEY (tenant_id, export_id) REFERENCES tenant_exports (tenant_id, id) ON DELETE CASCADE
);

SELECT apply_tenant_isolation('tenant_exports');
SELECT apply_tenant_isolation('tenant_export_files');
GRANT SELECT, INSERT, UPDATE ON tenant_exports TO platform_app;
GRANT SELECT, INSERT ON tenant_export_files TO platform_app;

-- Every tenant table (a table of public with a tenant_id column), read from the catalogue so that a table added
-- later is exported and deleted without anyone listing it, in an order safe for deleting: a table comes after
-- every tenant table whose foreign keys reference it (none of them is deferrable). A table's own level is the
-- longest chain of tenant tables referencing it; references to itself do not count (a statement deleting all of
-- a tenant's rows satisfies them at its end). hidden_columns are what an export leaves out: binary columns
-- (token hashes, a sealed secret, stored ZIPs; uploaded files are written as files) and any column named as a
-- hash or a secret (a password hash).
CREATE FUNCTION tenant_tables()
    RETURNS TABLE (table_name text, hidden_columns text[])
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    WITH RECURSIVE tables AS (
        SELECT c.oid, c.relname::text AS name
        FROM pg_class c
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
          AND EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
    ), edges AS (
        SELECT DISTINCT f.conrelid AS child, f.confrelid AS parent
        FROM pg_constraint f
        WHERE f.contype = 'f' AND f.conrelid <> f.confrelid
          AND f.conrelid IN (SELECT oid FROM tables) AND f.confrelid IN (SELECT oid FROM tables)
    ), levels (oid, level, path) AS (
        SELECT oid, 0, ARRAY[oid] FROM tables
        UNION ALL
        SELECT e.parent, l.level + 1, l.path || e.parent
        FROM levels l JOIN edges e ON e.child = l.oid
        WHERE NOT e.parent = ANY (l.path)
    )
    SELECT t.name,
           ARRAY(SELECT a.attname::text FROM pg_attribute a
                 WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
                   AND (a.atttypid = 'bytea'::regtype OR a.attname ~ '(^|_)(hash|secret)(_|$)')
                 ORDER BY a.attnum)
    FROM tables t JOIN levels l ON l.oid = t.oid
    GROUP BY t.oid, t.name
    ORDER BY max(l.level), t.name
$$;

-- One tenant table's rows of the transaction's tenant, one JSON object per row without the hidden columns and
-- tenant_id, in primary key order. Runs as the caller, so row-level security holds; refuses anything that is not
-- a tenant table, and a transaction without a tenant.
CREATE FUNCTION tenant_table_rows(table_name text)
    RETURNS SETOF text
    LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp
AS $$
DECLARE
    tenant uuid := app_current_tenant();
    hidden text[];
    ordering text;
BEGIN
    IF tenant IS NULL THEN
        RAISE EXCEPTION 'tenant_table_rows needs a tenant transaction';
    END IF;
    SELECT t.hidden_columns INTO hidden FROM tenant_tables() t WHERE t.table_name = tenant_table_rows.table_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a tenant table', table_name;
    END IF;
    SELECT coalesce(string_agg(format('t.%I', a.attname), ', ' ORDER BY k.ord), 't.tenant_id') INTO ordering
    FROM pg_index i
    CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k (attnum, ord)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE i.indrelid = format('%I', table_name)::regclass AND i.indisprimary;
    RETURN QUERY EXECUTE format('SELECT (to_jsonb(t) - ''tenant_id'' - $2)::text FROM %I t WHERE t.tenant_id = $1 ORDER BY %s',
                                table_name, ordering)
        USING tenant, hidden;
END
$$;

-- Deletes every row of the transaction's tenant from every tenant table, in tenant_tables()'s order, and marks
-- the tenant DELETED. The application role may not delete from the append-only tables (audit_log, the history
-- tables) nor from several others, so this is the one way it can, and only for a tenant whose deletion was
-- scheduled and is due. Returns how many rows each table lost.
CREATE FUNCTION delete_tenant_data()
    RETURNS TABLE (table_name text, deleted bigint)
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    tenant uuid := app_current_tenant();
    tbl    text;
BEGIN
    IF tenant IS NULL THEN
        RAISE EXCEPTION 'delete_tenant_data needs a tenant transaction';
    END IF;
    PERFORM 1 FROM tenants t
    WHERE t.id = tenant AND t.status = 'DELETION_SCHEDULED' AND t.deletion_due_at <= now()
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'tenant % is not due for deletion', tenant;
    END IF;
    FOR tbl IN SELECT t.table_name FROM tenant_tables() t LOOP
        EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', tbl) USING tenant;
        table_name := tbl;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        RETURN NEXT;
    END LOOP;
    UPDATE tenants SET status = 'DELETED', deleted_at = now(), email_domains = '{}' WHERE id = tenant;
END
$$;

REVOKE ALL ON FUNCTION tenant_tables() FROM PUBLIC;
REVOKE ALL ON FUNCTION tenant_table_rows(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION delete_tenant_data() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_tables() TO platform_app;
GRANT EXECUTE ON FUNCTION tenant_table_rows(text) TO platform_app;
GRANT EXECUTE ON FUNCTION delete_tenant_data() TO platform_app;
