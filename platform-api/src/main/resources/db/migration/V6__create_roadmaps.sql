-- Career roadmaps: one active roadmap per mentee per cohort (earlier ones are kept), its vision,
-- the competency levels it started from and the mentor's ratings, milestones, experiments, review
-- points, and an append-only history of every change so that nothing is silently overwritten.

-- How many experiments a mentee may run at once before the plan counts as overcommitted.
ALTER TABLE tenants ADD COLUMN active_experiment_limit smallint NOT NULL DEFAULT 3
    CHECK (active_experiment_limit BETWEEN 1 AND 20);

CREATE TABLE roadmaps (
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    mentee_id           uuid        NOT NULL,
    cohort_id           uuid        NOT NULL,
    status              text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    aspiration          text        NOT NULL CHECK (length(aspiration) BETWEEN 1 AND 2000),
    why_it_matters      text        CHECK (length(why_it_matters) <= 2000),
    success_looks_like  text        CHECK (length(success_looks_like) <= 2000),
    horizon_months      smallint    NOT NULL CHECK (horizon_months BETWEEN 1 AND 120),
    target_role_id      uuid,
    -- "Enough progress" for the period, agreed by mentee and mentor: a statement and a minimum
    -- count of something (e.g. one experiment closed) per period of days.
    pace_statement      text        CHECK (length(pace_statement) <= 1000),
    pace_measure        text        CHECK (pace_measure IN ('EXPERIMENTS_CLOSED', 'MILESTONES_REACHED',
                                                            'CHECK_INS_HELD', 'JOURNAL_ENTRIES')),
    pace_minimum        smallint    CHECK (pace_minimum BETWEEN 1 AND 100),
    pace_period_days    smallint    CHECK (pace_period_days BETWEEN 7 AND 365),
    pace_agreed_by_mentee_at timestamptz,
    pace_agreed_by_mentor_at timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    archived_at         timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, mentee_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    FOREIGN KEY (tenant_id, target_role_id) REFERENCES role_profiles (tenant_id, id),
    CHECK ((pace_measure IS NULL) = (pace_minimum IS NULL) AND (pace_minimum IS NULL) = (pace_period_days IS NULL))
);
CREATE UNIQUE INDEX roadmaps_one_active ON roadmaps (tenant_id, mentee_id, cohort_id) WHERE status = 'ACTIVE';
CREATE INDEX roadmaps_by_mentee ON roadmaps (tenant_id, mentee_id, created_at);
CREATE INDEX roadmaps_by_cohort ON roadmaps (tenant_id, cohort_id, status);

-- Per competency of the roadmap: the mentee's self-rated level when the roadmap started (the
-- "before" of a promotion case) and the mentor's rating, when given.
CREATE TABLE roadmap_competency_levels (
    tenant_id       uuid        NOT NULL,
    roadmap_id      uuid        NOT NULL,
    competency_id   uuid        NOT NULL,
    baseline_level  smallint    CHECK (baseline_level BETWEEN 1 AND 5),
    mentor_level    smallint    CHECK (mentor_level BETWEEN 1 AND 5),
    mentor_rated_by uuid,
    mentor_rated_at timestamptz,
    PRIMARY KEY (tenant_id, roadmap_id, competency_id),
    FOREIGN KEY (tenant_id, roadmap_id) REFERENCES roadmaps (tenant_id, id),
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id),
    FOREIGN KEY (tenant_id, mentor_rated_by) REFERENCES people (tenant_id, id)
);

CREATE TABLE milestones (
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    roadmap_id          uuid        NOT NULL,
    position            smallint    NOT NULL CHECK (position BETWEEN 1 AND 1000),
    title               text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    minimum_experience  text        CHECK (length(minimum_experience) <= 2000),
    expected_outcomes   text        CHECK (length(expected_outcomes) <= 2000),
    criteria            text        NOT NULL CHECK (length(criteria) BETWEEN 1 AND 2000),
    due_on              date        NOT NULL,
    calendar_event_id   uuid,
    alternative_routes  text        CHECK (length(alternative_routes) <= 2000),
    status              text        NOT NULL DEFAULT 'PLANNED'
                                    CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'REACHED', 'DROPPED')),
    started_at          timestamptz,
    reached_at          timestamptz,
    dropped_at          timestamptz,
    reached_note        text        CHECK (length(reached_note) <= 2000),
    -- The mentor's answer to "reached": endorsed, or sent back with a comment.
    endorsement         text        CHECK (endorsement IN ('ENDORSED', 'SENT_BACK')),
    endorsed_by         uuid,
    endorsed_at         timestamptz,
    endorsement_comment text        CHECK (length(endorsement_comment) <= 2000),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, roadmap_id) REFERENCES roadmaps (tenant_id, id),
    FOREIGN KEY (tenant_id, calendar_event_id) REFERENCES calendar_events (tenant_id, id),
    FOREIGN KEY (tenant_id, endorsed_by) REFERENCES people (tenant_id, id),
    CHECK ((status = 'REACHED') = (reached_at IS NOT NULL))
);
CREATE INDEX milestones_by_roadmap ON milestones (tenant_id, roadmap_id, position, id);
CREATE INDEX milestones_by_due ON milestones (tenant_id, status, due_on);
CREATE INDEX milestones_by_calendar_event ON milestones (tenant_id, calendar_event_id);

CREATE TABLE milestone_competencies (
    tenant_id     uuid NOT NULL,
    milestone_id  uuid NOT NULL,
    competency_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, milestone_id, competency_id),
    FOREIGN KEY (tenant_id, milestone_id) REFERENCES milestones (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, competency_id) REFERENCES competencies (tenant_id, id)
);
CREATE INDEX milestone_competencies_by_competency ON milestone_competencies (tenant_id, competency_id);

CREATE TABLE experiments (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    roadmap_id     uuid        NOT NULL,
    milestone_id   uuid,
    objective      text        NOT NULL CHECK (length(objective) BETWEEN 1 AND 1000),
    kind           text        NOT NULL CHECK (kind IN ('PROJECT', 'TRAINING', 'CROSS_FUNCTIONAL', 'STRETCH_ASSIGNMENT',
                                                        'OTHER')),
    success_metric text        NOT NULL CHECK (length(success_metric) BETWEEN 1 AND 500),
    baseline       text        CHECK (length(baseline) <= 200),
    target         text        CHECK (length(target) <= 200),
    starts_on      date        NOT NULL,
    ends_on        date        NOT NULL,
    status         text        NOT NULL DEFAULT 'PLANNED'
                               CHECK (status IN ('PLANNED', 'ACTIVE', 'DONE', 'ABANDONED')),
    result         text        CHECK (length(result) <= 2000),
    learned        text        CHECK (length(learned) <= 2000),
    closed_at      timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, roadmap_id) REFERENCES roadmaps (tenant_id, id),
    FOREIGN KEY (tenant_id, milestone_id) REFERENCES milestones (tenant_id, id),
    CHECK (ends_on >= starts_on),
    CHECK ((status IN ('DONE', 'ABANDONED')) = (closed_at IS NOT NULL))
);
CREATE INDEX experiments_by_roadmap ON experiments (tenant_id, roadmap_id, status, starts_on);
CREATE INDEX experiments_by_milestone ON experiments (tenant_id, milestone_id);

-- A dated review point: what changed and why. The changes themselves are in roadmap_changes,
-- each naming the review it belongs to.
CREATE TABLE roadmap_reviews (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    roadmap_id  uuid        NOT NULL,
    reviewed_on date        NOT NULL,
    summary     text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    why         text        NOT NULL CHECK (length(why) BETWEEN 1 AND 2000),
    author_id   uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, roadmap_id) REFERENCES roadmaps (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX roadmap_reviews_by_roadmap ON roadmap_reviews (tenant_id, roadmap_id, reviewed_on);

-- Append-only history of a roadmap and everything in it: the timeline.
CREATE TABLE roadmap_changes (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    roadmap_id  uuid        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id    uuid,
    review_id   uuid,
    subject     text        NOT NULL CHECK (subject IN ('ROADMAP', 'VISION', 'PACE', 'COMPETENCY', 'MILESTONE',
                                                        'EXPERIMENT', 'REVIEW')),
    subject_id  uuid,
    action      text        NOT NULL CHECK (length(action) BETWEEN 1 AND 50),
    before      jsonb,
    after       jsonb,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, roadmap_id) REFERENCES roadmaps (tenant_id, id),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES people (tenant_id, id),
    FOREIGN KEY (tenant_id, review_id) REFERENCES roadmap_reviews (tenant_id, id)
);
CREATE INDEX roadmap_changes_by_roadmap ON roadmap_changes (tenant_id, roadmap_id, occurred_at, id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['roadmaps', 'roadmap_competency_levels', 'milestones', 'milestone_competencies',
                             'experiments', 'roadmap_reviews', 'roadmap_changes'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON roadmaps, roadmap_competency_levels, milestones, experiments TO platform_app;
GRANT SELECT, INSERT, DELETE ON milestone_competencies TO platform_app;
GRANT SELECT, INSERT ON roadmap_reviews, roadmap_changes TO platform_app;
