-- Built-in surveys of a pair's participants: a fit pulse after the first held check-in, a quality survey
-- every 60 days of an active pair, and an end-of-pair survey with a 0-10 recommend score (programme NPS).

-- One row per person, pair, kind and period that a survey waits for (period 0 for FIT and END, 1, 2, ...
-- for the QUALITY survey after 60, 120, ... days). The unique key makes inviting twice a no-op.
CREATE TABLE survey_invitations (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    pair_id     uuid        NOT NULL,
    person_id   uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('FIT', 'QUALITY', 'END')),
    period      integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, pair_id, person_id, kind, period),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
    CHECK ((kind = 'QUALITY') = (period >= 1)),
    CHECK (kind = 'QUALITY' OR period = 0)
);
-- What the console asks on every visit of a participant: their unanswered surveys.
CREATE INDEX survey_invitations_waiting ON survey_invitations (tenant_id, person_id, created_at)
    WHERE answered_at IS NULL;

-- One answer per invitation, kept with what aggregation groups by (the cohort, the respondent's role, the
-- pair's match-score band as width_bucket numbers it, null without a score) so reports never join back
-- to who answered. Only the columns of its kind are filled.
CREATE TABLE survey_answers (
    tenant_id       uuid        NOT NULL,
    invitation_id   uuid        NOT NULL,
    pair_id         uuid        NOT NULL,
    cohort_id       uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('FIT', 'QUALITY', 'END')),
    respondent_role text        NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    score_band      smallint    CHECK (score_band BETWEEN 0 AND 4),
    good_fit        boolean,
    progress        smallint    CHECK (progress BETWEEN 1 AND 5),
    openness        smallint    CHECK (openness BETWEEN 1 AND 5),
    time_use        smallint    CHECK (time_use BETWEEN 1 AND 5),
    recommend       smallint    CHECK (recommend BETWEEN 0 AND 10),
    comment         text        CHECK (length(comment) BETWEEN 1 AND 1000),
    answered_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, invitation_id),
    FOREIGN KEY (tenant_id, invitation_id) REFERENCES survey_invitations (tenant_id, id),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    CHECK ((kind = 'FIT') = (good_fit IS NOT NULL)),
    CHECK ((kind = 'QUALITY') = (progress IS NOT NULL AND openness IS NOT NULL AND time_use IS NOT NULL)),
    CHECK (kind = 'QUALITY' OR (progress IS NULL AND openness IS NULL AND time_use IS NULL)),
    CHECK ((kind = 'END') = (recommend IS NOT NULL))
);
CREATE INDEX survey_answers_by_cohort ON survey_answers (tenant_id, cohort_id, kind, answered_at);

SELECT apply_tenant_isolation('survey_invitations');
SELECT apply_tenant_isolation('survey_answers');
GRANT SELECT, INSERT, UPDATE ON survey_invitations TO platform_app;
GRANT SELECT, INSERT ON survey_answers TO platform_app;
