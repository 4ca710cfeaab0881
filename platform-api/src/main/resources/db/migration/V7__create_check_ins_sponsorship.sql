-- Check-ins of a pair (scheduled or held), with shared notes, structured feedback, agreed actions
-- and a progress rating; private notes each visible to their author only; and the mentor's
-- sponsorship flags, which programme managers see.

CREATE TABLE check_ins (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    pair_id          uuid        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    occurs_at        timestamptz NOT NULL,
    duration_minutes smallint    CHECK (duration_minutes BETWEEN 5 AND 480),
    agenda           text        CHECK (length(agenda) <= 4000),
    shared_notes     text        CHECK (length(shared_notes) <= 8000),
    -- Structured feedback: what was observed, its impact, and a forward-looking suggestion.
    feedback_observation text    CHECK (length(feedback_observation) <= 2000),
    feedback_impact      text    CHECK (length(feedback_impact) <= 2000),
    feedback_suggestion  text    CHECK (length(feedback_suggestion) <= 2000),
    progress_rating  smallint    CHECK (progress_rating BETWEEN 1 AND 5),
    created_by       uuid        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES people (tenant_id, id)
);
-- Also answers "when did this pair last meet", which makes a pair overdue against its cadence.
CREATE INDEX check_ins_by_pair ON check_ins (tenant_id, pair_id, status, occurs_at);

-- A private note belongs to one author; no query other than the author's own ever reads this table.
CREATE TABLE check_in_private_notes (
    tenant_id   uuid        NOT NULL,
    check_in_id uuid        NOT NULL,
    author_id   uuid        NOT NULL,
    note        text        NOT NULL CHECK (length(note) BETWEEN 1 AND 8000),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, check_in_id, author_id),
    FOREIGN KEY (tenant_id, check_in_id) REFERENCES check_ins (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES people (tenant_id, id)
);

CREATE TABLE check_in_actions (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    check_in_id uuid        NOT NULL,
    description text        NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    owner_id    uuid        NOT NULL,
    due_on      date,
    done_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, check_in_id) REFERENCES check_ins (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX check_in_actions_by_check_in ON check_in_actions (tenant_id, check_in_id, created_at);
CREATE INDEX check_in_actions_by_owner ON check_in_actions (tenant_id, owner_id, done_at, due_on);

CREATE TABLE sponsorship_flags (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    pair_id      uuid        NOT NULL,
    mentee_id    uuid        NOT NULL,
    flagged_by   uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('SPONSORSHIP', 'STRETCH_ASSIGNMENT')),
    note         text        NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, flagged_by) REFERENCES people (tenant_id, id)
);
CREATE INDEX sponsorship_flags_by_mentee ON sponsorship_flags (tenant_id, mentee_id, created_at);
CREATE INDEX sponsorship_flags_open ON sponsorship_flags (tenant_id, created_at, id) WHERE withdrawn_at IS NULL;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['check_ins', 'check_in_private_notes', 'check_in_actions', 'sponsorship_flags'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON check_ins, check_in_private_notes, check_in_actions, sponsorship_flags
    TO platform_app;
GRANT DELETE ON check_in_private_notes, check_in_actions TO platform_app;
