-- Set by the HR import (optional columns) and later by participant profiles; matching reads them.
ALTER TABLE people
    ADD COLUMN language  text CHECK (length(language) <= 35),
    ADD COLUMN time_zone text CHECK (length(time_zone) <= 64);

-- One row per import attempt: dry runs and refused runs too, so their problem report can be
-- downloaded later. status: RUNNING while a real run is applied in the background, then DONE or
-- FAILED; REJECTED when a real run had problems and changed nothing; a dry run is DONE at once.
CREATE TABLE people_imports (
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    id              uuid        NOT NULL,
    actor_tenant_id uuid,
    actor_id        uuid,
    file_name       text CHECK (length(file_name) <= 255),
    as_of           date        NOT NULL,
    dry_run         boolean     NOT NULL,
    status          text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'REJECTED')),
    phase           text        NOT NULL,
    total_rows      integer     NOT NULL CHECK (total_rows >= 0),
    processed_rows  integer     NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
    created_count   integer     NOT NULL DEFAULT 0,
    updated_count   integer     NOT NULL DEFAULT 0,
    unchanged_count integer     NOT NULL DEFAULT 0,
    problem_count   integer     NOT NULL DEFAULT 0,
    problems        jsonb       NOT NULL DEFAULT '[]',
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX people_imports_by_time ON people_imports (tenant_id, started_at DESC, id);

-- Every change of a tracked field of a person, append-only: retention, promotion and mobility
-- analytics are computed from it. Values are text (level as digits, manager as the manager's id,
-- status as ACTIVE or LEFT). import_id is set when the change came from an import.
-- No foreign keys, on purpose: an import writes ~600,000 rows here for 100,000 new people, and the
-- per-row checks against people, people_imports and tenants tripled that statement's time (measured).
-- Its only writers take person and import ids from the same transaction, and people are never
-- deleted; tenant_id is still enforced by the row-level-security WITH CHECK.
CREATE TABLE people_history (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    person_id       uuid        NOT NULL,
    field           text        NOT NULL CHECK (field IN ('level', 'department', 'job_title', 'manager',
                                                          'location', 'status')),
    old_value       text,
    new_value       text,
    effective_on    date        NOT NULL,
    source          text        NOT NULL CHECK (source IN ('CREATE', 'EDIT', 'IMPORT')),
    import_id       uuid,
    actor_tenant_id uuid,
    actor_id        uuid,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX people_history_by_person ON people_history (tenant_id, person_id, effective_on, recorded_at);
CREATE INDEX people_history_by_field ON people_history (tenant_id, field, effective_on);

ALTER TABLE people_imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE people_imports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON people_imports USING (tenant_id = app_current_tenant())
    WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE people_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE people_history FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON people_history USING (tenant_id = app_current_tenant())
    WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON people_imports TO platform_app;
GRANT SELECT, INSERT ON people_history TO platform_app;
