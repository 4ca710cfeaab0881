-- The mentee's growth journal (private unless shared with the mentor, searchable by its author)
-- and the evidence that proves readiness (links, documents, files), both linked to competencies
-- and milestones.

CREATE TABLE journal_entries (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    mentee_id  uuid        NOT NULL,
    entry_on   date        NOT NULL,
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    shared     boolean     NOT NULL DEFAULT false,
    search     tsvector    GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX journal_entries_by_mentee ON journal_entries (tenant_id, mentee_id, entry_on, id);
-- GIN cannot lead with a uuid without btree_gin; every search also filters by tenant and author
-- through the index above, this one makes the text match itself cheap.
CREATE INDEX journal_entries_search ON journal_entries USING gin (search);

CREATE TABLE journal_entry_competencies (
    tenant_id     uuid NOT NULL,
    entry_id      uuid NOT NULL,
    competency_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, entry_id, competency_id),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES journal_entries (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);

CREATE TABLE journal_entry_milestones (
    tenant_id    uuid NOT NULL,
    entry_id     uuid NOT NULL,
    milestone_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, entry_id, milestone_id),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES journal_entries (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, milestone_id) REFERENCES milestones (tenant_id, id)
);
CREATE INDEX journal_entry_milestones_by_milestone ON journal_entry_milestones (tenant_id, milestone_id);

CREATE TABLE evidence (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    mentee_id    uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('DASHBOARD', 'CASE_STUDY', 'DOCUMENTED_OUTCOME', 'LINK', 'FILE')),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    impact       text        NOT NULL CHECK (length(impact) BETWEEN 1 AND 4000),
    url          text        CHECK (url ~ '^https?://' AND length(url) <= 2000),
    file_name    text        CHECK (length(file_name) <= 255),
    content_type text        CHECK (length(content_type) <= 100),
    size_bytes   integer     CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256       text        CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id),
    CHECK ((file_name IS NULL) = (size_bytes IS NULL))
);
CREATE INDEX evidence_by_mentee ON evidence (tenant_id, mentee_id, created_at, id);

-- File bytes apart from the evidence row, so that listing evidence never reads them.
CREATE TABLE evidence_files (
    tenant_id   uuid  NOT NULL,
    evidence_id uuid  NOT NULL,
    content     bytea NOT NULL,
    PRIMARY KEY (tenant_id, evidence_id),
    FOREIGN KEY (tenant_id, evidence_id) REFERENCES evidence (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE evidence_competencies (
    tenant_id     uuid NOT NULL,
    evidence_id   uuid NOT NULL,
    competency_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, evidence_id, competency_id),
    FOREIGN KEY (tenant_id, evidence_id) REFERENCES evidence (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);

CREATE TABLE evidence_milestones (
    tenant_id    uuid NOT NULL,
    evidence_id  uuid NOT NULL,
    milestone_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, evidence_id, milestone_id),
    FOREIGN KEY (tenant_id, evidence_id) REFERENCES evidence (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, milestone_id) REFERENCES milestones (tenant_id, id)
);
CREATE INDEX evidence_milestones_by_milestone ON evidence_milestones (tenant_id, milestone_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['journal_entries', 'journal_entry_competencies', 'journal_entry_milestones', 'evidence',
                             'evidence_files', 'evidence_competencies', 'evidence_milestones'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON journal_entries, journal_entry_competencies, journal_entry_milestones,
    evidence, evidence_files, evidence_competencies, evidence_milestones TO platform_app;
