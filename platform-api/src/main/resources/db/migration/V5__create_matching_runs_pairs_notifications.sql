-- Matching runs with their proposals and unmatched mentees, the pairs HR accepts from them (and
-- their lifecycle events), and the in-app notifications pairs send to their participants.

-- One optimiser run for a cohort: who asked, with which weights and options, how far it got, and
-- its totals (optimal and greedy) so later runs can be compared with it.
CREATE TABLE matching_runs (
    tenant_id       uuid         NOT NULL,
    id              uuid         NOT NULL,
    cohort_id       uuid         NOT NULL,
    status          text         NOT NULL DEFAULT 'QUEUED'
                                 CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress        smallint     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    requested_by    uuid,
    requested_at    timestamptz  NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    min_score       numeric(5,4) NOT NULL CHECK (min_score BETWEEN 0 AND 1),
    keep_approved   boolean      NOT NULL,
    weights         jsonb        NOT NULL,
    mentees         integer,
    mentors         integer,
    total_score     numeric(12,4),
    greedy_total    numeric(12,4),
    method          text,
    failure         text         CHECK (length(failure) <= 1000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES people (tenant_id, id)
);
CREATE INDEX matching_runs_by_cohort ON matching_runs (tenant_id, cohort_id, requested_at);

-- A proposed mentor for one mentee of a run; HR may swap or assign by hand before accepting.
CREATE TABLE matching_proposals (
    tenant_id       uuid         NOT NULL,
    id              uuid         NOT NULL,
    run_id          uuid         NOT NULL,
    mentee_id       uuid         NOT NULL,
    mentor_id       uuid         NOT NULL,
    score           numeric(5,4) NOT NULL CHECK (score BETWEEN 0 AND 1),
    parts           jsonb        NOT NULL,
    reasons         jsonb        NOT NULL,
    runner_up_id    uuid,
    runner_up_score numeric(5,4),
    runner_up_why   text,
    source          text         NOT NULL CHECK (source IN ('OPTIMISER', 'KEPT', 'MANUAL')),
    status          text         NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED')),
    pair_id         uuid,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, run_id, mentee_id),
    FOREIGN KEY (tenant_id, run_id) REFERENCES matching_runs (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, mentor_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX matching_proposals_by_mentor ON matching_proposals (tenant_id, run_id, mentor_id);

CREATE TABLE matching_unmatched (
    tenant_id   uuid NOT NULL,
    run_id      uuid NOT NULL,
    mentee_id   uuid NOT NULL,
    reason      text NOT NULL CHECK (reason IN ('NO_ALLOWED_MENTOR', 'BELOW_MIN_SCORE', 'MENTORS_AT_CAPACITY')),
    explanation text NOT NULL,
    PRIMARY KEY (tenant_id, run_id, mentee_id),
    FOREIGN KEY (tenant_id, run_id) REFERENCES matching_runs (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id)
);

CREATE TABLE pairs (
    tenant_id   uuid         NOT NULL,
    id          uuid         NOT NULL,
    cohort_id   uuid         NOT NULL,
    mentor_id   uuid         NOT NULL,
    mentee_id   uuid         NOT NULL,
    run_id      uuid,
    proposal_id uuid,
    source      text         NOT NULL CHECK (source IN ('MATCHING', 'MANUAL')),
    status      text         NOT NULL DEFAULT 'PROPOSED'
                             CHECK (status IN ('PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY')),
    score       numeric(5,4) CHECK (score BETWEEN 0 AND 1),
    reasons     jsonb        NOT NULL DEFAULT '[]',
    end_reason  text         CHECK (end_reason IN ('NOT_A_GOOD_FIT', 'NO_TIME', 'LEFT_THE_COMPANY', 'ROLE_CHANGE',
                                                   'GOALS_MET_EARLY', 'OTHER')),
    end_note    text         CHECK (length(end_note) <= 1000),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    FOREIGN KEY (tenant_id, mentor_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, run_id) REFERENCES matching_runs (tenant_id, id),
    FOREIGN KEY (tenant_id, proposal_id) REFERENCES matching_proposals (tenant_id, id),
    CHECK (mentor_id <> mentee_id),
    CHECK ((status = 'ENDED_EARLY') = (end_reason IS NOT NULL))
);
-- The database's own guard that a mentee has at most one open pair per cohort.
CREATE UNIQUE INDEX pairs_one_open_per_mentee ON pairs (tenant_id, cohort_id, mentee_id)
    WHERE status IN ('PROPOSED', 'ACTIVE', 'PAUSED');
CREATE INDEX pairs_by_cohort_mentor ON pairs (tenant_id, cohort_id, mentor_id, status);
CREATE INDEX pairs_by_mentor ON pairs (tenant_id, mentor_id);
CREATE INDEX pairs_by_mentee ON pairs (tenant_id, mentee_id);

-- Append-only: every status change of a pair, with who made it and when.
CREATE TABLE pair_events (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    pair_id     uuid        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id    uuid,
    from_status text,
    to_status   text        NOT NULL,
    reason      text,
    note        text        CHECK (length(note) <= 1000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX pair_events_by_pair ON pair_events (tenant_id, pair_id, occurred_at, id);

CREATE TABLE notifications (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    person_id  uuid        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('PAIR_ACTIVE', 'PAIR_ENDED')),
    pair_id    uuid,
    message    text        NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    read_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id)
);
CREATE INDEX notifications_by_person ON notifications (tenant_id, person_id, created_at, id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['matching_runs', 'matching_proposals', 'matching_unmatched', 'pairs', 'pair_events',
                             'notifications'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON matching_runs, matching_proposals, pairs, notifications TO platform_app;
GRANT SELECT, INSERT, DELETE ON matching_unmatched TO platform_app;
GRANT SELECT, INSERT ON pair_events TO platform_app;
