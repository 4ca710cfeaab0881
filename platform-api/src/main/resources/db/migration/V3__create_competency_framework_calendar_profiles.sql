-- The competency framework (competencies, role profiles), the organisational calendar, and the
-- participant profiles that matching and roadmaps read. Every table is keyed by tenant first.

CREATE TABLE competencies (
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    id          uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category    text        NOT NULL CHECK (length(category) BETWEEN 1 AND 120),
    description text CHECK (length(description) <= 2000),
    -- One short descriptor per level; five columns because the scale is fixed at 1–5.
    level1      text        NOT NULL CHECK (length(level1) BETWEEN 1 AND 300),
    level2      text        NOT NULL CHECK (length(level2) BETWEEN 1 AND 300),
    level3      text        NOT NULL CHECK (length(level3) BETWEEN 1 AND 300),
    level4      text        NOT NULL CHECK (length(level4) BETWEEN 1 AND 300),
    level5      text        NOT NULL CHECK (length(level5) BETWEEN 1 AND 300),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX competencies_name_per_tenant ON competencies (tenant_id, lower(name));

CREATE TABLE role_profiles (
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    id          uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    family      text        NOT NULL CHECK (length(family) BETWEEN 1 AND 120),
    level       smallint    NOT NULL CHECK (level BETWEEN 1 AND 20),
    description text CHECK (length(description) <= 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX role_profiles_name_per_tenant ON role_profiles (tenant_id, lower(name));

-- A competency in use cannot be deleted (no cascade); a role profile's requirements go with it.
CREATE TABLE role_profile_requirements (
    tenant_id       uuid     NOT NULL,
    role_profile_id uuid     NOT NULL,
    competency_id   uuid     NOT NULL,
    level           smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, role_profile_id, competency_id),
    FOREIGN KEY (tenant_id, role_profile_id) REFERENCES role_profiles (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);
CREATE INDEX role_profile_requirements_by_competency ON role_profile_requirements (tenant_id, competency_id);

CREATE TABLE calendar_events (
    tenant_id  uuid        NOT NULL REFERENCES tenants (id),
    id         uuid        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('PROMOTION_ROUND', 'BUDGET_CYCLE', 'PERFORMANCE_REVIEW', 'OTHER')),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on  date        NOT NULL,
    ends_on    date        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX calendar_events_by_start ON calendar_events (tenant_id, starts_on, id);

-- One mentor profile per person. Tag-like fields are arrays on the row so that matching reads a
-- whole cohort's profiles with one query; competency levels are rows so that they keep their FK.
CREATE TABLE mentor_profiles (
    tenant_id       uuid        NOT NULL,
    person_id       uuid        NOT NULL,
    languages       text[]      NOT NULL DEFAULT '{}',
    time_zone       text CHECK (length(time_zone) <= 64),
    interests       text[]      NOT NULL DEFAULT '{}',
    hours_per_month smallint    NOT NULL CHECK (hours_per_month BETWEEN 0 AND 80),
    bio             text CHECK (length(bio) <= 1000),
    declined_topics text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

CREATE TABLE mentor_profile_competencies (
    tenant_id     uuid     NOT NULL,
    person_id     uuid     NOT NULL,
    competency_id uuid     NOT NULL,
    level         smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, person_id, competency_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES mentor_profiles (tenant_id, person_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);
CREATE INDEX mentor_profile_competencies_by_competency ON mentor_profile_competencies (tenant_id, competency_id);

CREATE TABLE mentee_profiles (
    tenant_id      uuid        NOT NULL,
    person_id      uuid        NOT NULL,
    target_role_id uuid,
    goals          text CHECK (length(goals) <= 4000),
    languages      text[]      NOT NULL DEFAULT '{}',
    time_zone      text CHECK (length(time_zone) <= 64),
    interests      text[]      NOT NULL DEFAULT '{}',
    topics         text[]      NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, target_role_id) REFERENCES role_profiles (tenant_id, id)
);
CREATE INDEX mentee_profiles_by_target_role ON mentee_profiles (tenant_id, target_role_id);

CREATE TABLE mentee_profile_competencies (
    tenant_id     uuid     NOT NULL,
    person_id     uuid     NOT NULL,
    competency_id uuid     NOT NULL,
    level         smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_id, person_id, competency_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES mentee_profiles (tenant_id, person_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);
CREATE INDEX mentee_profile_competencies_by_competency ON mentee_profile_competencies (tenant_id, competency_id);

-- Up to three mentors a mentee asks for, most wanted first (rank 1).
CREATE TABLE mentee_preferred_mentors (
    tenant_id uuid     NOT NULL,
    person_id uuid     NOT NULL,
    mentor_id uuid     NOT NULL,
    rank      smallint NOT NULL CHECK (rank BETWEEN 1 AND 3),
    PRIMARY KEY (tenant_id, person_id, mentor_id),
    UNIQUE (tenant_id, person_id, rank),
    FOREIGN KEY (tenant_id, person_id) REFERENCES mentee_profiles (tenant_id, person_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, mentor_id) REFERENCES people (tenant_id, id),
    CHECK (mentor_id <> person_id)
);

CREATE TABLE mentee_avoided_people (
    tenant_id         uuid NOT NULL,
    person_id         uuid NOT NULL,
    avoided_person_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, person_id, avoided_person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES mentee_profiles (tenant_id, person_id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, avoided_person_id) REFERENCES people (tenant_id, id),
    CHECK (avoided_person_id <> person_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['competencies', 'role_profiles', 'role_profile_requirements', 'calendar_events',
                             'mentor_profiles', 'mentor_profile_competencies', 'mentee_profiles',
                             'mentee_profile_competencies', 'mentee_preferred_mentors', 'mentee_avoided_people'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO platform_app', t);
    END LOOP;
END
$$;
