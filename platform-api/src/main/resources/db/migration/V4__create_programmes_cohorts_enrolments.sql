-- Programmes, their cohorts, the people enrolled in each cohort, and the history of every enrolment.
-- Nothing here is ever deleted: programmes close, cohorts finish, participants are withdrawn.

CREATE TABLE programmes (
    tenant_id  uuid        NOT NULL REFERENCES tenants (id),
    id         uuid        NOT NULL,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    goals      text        CHECK (length(goals) <= 4000),
    type       text        NOT NULL CHECK (type IN ('ONE_TO_ONE', 'GROUP')),
    owner_id   uuid        NOT NULL,
    status     text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, owner_id) REFERENCES people (tenant_id, id)
);
CREATE UNIQUE INDEX programmes_name_per_tenant ON programmes (tenant_id, lower(name));
-- Keyset pages in (lower(name), id) order, all programmes or one status.
CREATE INDEX programmes_by_name ON programmes (tenant_id, lower(name), id);
CREATE INDEX programmes_by_status_name ON programmes (tenant_id, status, lower(name), id);
CREATE INDEX programmes_by_owner ON programmes (tenant_id, owner_id);

-- The weights are those of the analytics module's MatchingWeights; the API fills in its defaults.
CREATE TABLE cohorts (
    tenant_id               uuid         NOT NULL,
    id                      uuid         NOT NULL,
    programme_id            uuid         NOT NULL,
    name                    text         NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on               date         NOT NULL,
    ends_on                 date         NOT NULL,
    check_in_cadence_days   smallint     NOT NULL CHECK (check_in_cadence_days BETWEEN 1 AND 90),
    capacity                integer      NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    status                  text         NOT NULL DEFAULT 'PLANNED'
                                         CHECK (status IN ('PLANNED', 'ENROLLING', 'RUNNING', 'FINISHED')),
    weight_gap_coverage     numeric(5,4) NOT NULL CHECK (weight_gap_coverage BETWEEN 0 AND 1),
    weight_seniority        numeric(5,4) NOT NULL CHECK (weight_seniority BETWEEN 0 AND 1),
    weight_department       numeric(5,4) NOT NULL CHECK (weight_department BETWEEN 0 AND 1),
    weight_language         numeric(5,4) NOT NULL CHECK (weight_language BETWEEN 0 AND 1),
    weight_time_zone        numeric(5,4) NOT NULL CHECK (weight_time_zone BETWEEN 0 AND 1),
    weight_interests        numeric(5,4) NOT NULL CHECK (weight_interests BETWEEN 0 AND 1),
    weight_preference       numeric(5,4) NOT NULL CHECK (weight_preference BETWEEN 0 AND 1),
    weight_availability     numeric(5,4) NOT NULL CHECK (weight_availability BETWEEN 0 AND 1),
    favour_same_department  boolean      NOT NULL,
    require_shared_language boolean      NOT NULL,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, programme_id) REFERENCES programmes (tenant_id, id),
    CHECK (ends_on > starts_on),
    CHECK (weight_gap_coverage + weight_seniority + weight_department + weight_language + weight_time_zone
           + weight_interests + weight_preference + weight_availability > 0)
);
CREATE UNIQUE INDEX cohorts_name_per_programme ON cohorts (tenant_id, programme_id, lower(name));
CREATE INDEX cohorts_by_programme ON cohorts (tenant_id, programme_id, starts_on, id);

-- One row per enrolment; a withdrawn row stays, and enrolling again makes a new row.
CREATE TABLE cohort_participants (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    cohort_id         uuid        NOT NULL,
    person_id         uuid        NOT NULL,
    role              text        NOT NULL CHECK (role IN ('MENTOR', 'MENTEE')),
    mentor_capacity   smallint,
    status            text        NOT NULL DEFAULT 'ENROLLED' CHECK (status IN ('ENROLLED', 'WITHDRAWN')),
    enrolled_at       timestamptz NOT NULL DEFAULT now(),
    withdrawn_at      timestamptz,
    withdrawal_reason text        CHECK (length(withdrawal_reason) BETWEEN 1 AND 500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
    CHECK ((role = 'MENTOR' AND mentor_capacity BETWEEN 1 AND 5) OR (role = 'MENTEE' AND mentor_capacity IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL))
);
-- The database's own guard that a person is enrolled at most once per cohort, so never in both roles.
CREATE UNIQUE INDEX cohort_participants_once_per_cohort ON cohort_participants (tenant_id, cohort_id, person_id)
    WHERE status = 'ENROLLED';
-- Serves the participant list's role and status filters and the head counts per cohort.
CREATE INDEX cohort_participants_by_cohort ON cohort_participants (tenant_id, cohort_id, status, role, person_id);
CREATE INDEX cohort_participants_by_person ON cohort_participants (tenant_id, person_id);

-- Append-only: every state change of an enrolment, with who made it and when.
CREATE TABLE cohort_participant_events (
    tenant_id              uuid        NOT NULL,
    id                     uuid        NOT NULL,
    participant_id         uuid        NOT NULL,
    occurred_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id               uuid,
    kind                   text        NOT NULL CHECK (kind IN ('ENROLLED', 'CAPACITY_CHANGED', 'WITHDRAWN')),
    role                   text        NOT NULL CHECK (role IN ('MENTOR', 'MENTEE')),
    mentor_capacity_before smallint,
    mentor_capacity        smallint,
    reason                 text        CHECK (length(reason) <= 500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, participant_id) REFERENCES cohort_participants (tenant_id, id),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX cohort_participant_events_by_participant
    ON cohort_participant_events (tenant_id, participant_id, occurred_at, id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['programmes', 'cohorts', 'cohort_participants', 'cohort_participant_events'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON programmes, cohorts, cohort_participants TO platform_app;
GRANT SELECT, INSERT ON cohort_participant_events TO platform_app;
