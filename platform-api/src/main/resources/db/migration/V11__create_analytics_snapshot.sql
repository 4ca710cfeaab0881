-- The analytics snapshot: who took part in which cohort, and their matched comparison people, as they
-- stood at the cohort's start, with the outcomes known at the last refresh. Retention (which needs every
-- non-participant's department, level and tenure at each cohort start, reconstructed from the people
-- history) and the leader reports (whose anonymity plan must cover every table a leader can request for
-- one fixed population) read it; it is rebuilt per tenant in one transaction, so readers keep the
-- previous snapshot until the new one commits.

-- A tenant admin may raise the anonymity threshold, never set it below 3.
ALTER TABLE tenants DROP CONSTRAINT tenants_anonymity_threshold_check;
ALTER TABLE tenants ADD CONSTRAINT tenants_anonymity_threshold_range CHECK (anonymity_threshold BETWEEN 3 AND 100);

CREATE TABLE analytics_snapshots (
    tenant_id            uuid        NOT NULL REFERENCES tenants (id),
    refreshed_at         timestamptz NOT NULL,
    took_ms              integer     NOT NULL CHECK (took_ms >= 0),
    participations       integer     NOT NULL CHECK (participations >= 0),
    comparison_people    integer     NOT NULL CHECK (comparison_people >= 0),
    strata               integer     NOT NULL CHECK (strata >= 0),
    strata_dropped       integer     NOT NULL CHECK (strata_dropped >= 0),
    participants_dropped integer     NOT NULL CHECK (participants_dropped >= 0),
    -- The threshold the leader plan was made with, and the keys of the leader cells it hides.
    threshold            integer     NOT NULL CHECK (threshold >= 3),
    suppressed_cells     text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id)
);

-- One row per mentee enrolment (arm PARTICIPANT) and per comparison person matched to a cohort (arm
-- COMPARISON, start_on = that cohort's start). Department, location, level and tenure band are as they stood
-- at start_on; the outcome dates are the first after start_on. Participant measures are null for COMPARISON.
CREATE TABLE analytics_participations (
    tenant_id          uuid     NOT NULL,
    cohort_id          uuid     NOT NULL,
    arm                text     NOT NULL CHECK (arm IN ('PARTICIPANT', 'COMPARISON')),
    person_id          uuid     NOT NULL,
    programme_id       uuid     NOT NULL,
    start_on           date     NOT NULL,
    department         text,
    location           text,
    level              smallint,
    tenure_band        smallint,
    left_on            date,
    promoted_on        date,
    moved_on           date,
    -- Whether this participation's stratum had comparison people; unmatched ones stay out of the comparison.
    stratum_matched    boolean  NOT NULL,
    paired             boolean,
    matched            boolean,
    ended_early        boolean,
    milestones         integer,
    milestones_reached integer,
    reached_on_time    integer,
    check_ins_held     integer,
    pair_days          integer,
    cadence_days       smallint,
    journal_entries    integer,
    evidence           integer,
    PRIMARY KEY (tenant_id, cohort_id, arm, person_id),
    FOREIGN KEY (tenant_id, cohort_id) REFERENCES cohorts (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX analytics_participations_by_arm ON analytics_participations (tenant_id, arm, programme_id, cohort_id);

-- The second tenant lock, written once for every tenant table from here on: row-level security enabled and
-- forced (so the table's owner is held to it too) with the policy that a row belongs to the transaction's tenant.
CREATE FUNCTION apply_tenant_isolation(tenant_table regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = app_current_tenant()) '
                   'WITH CHECK (tenant_id = app_current_tenant())', tenant_table);
END
$$;

SELECT apply_tenant_isolation('analytics_snapshots');
SELECT apply_tenant_isolation('analytics_participations');

GRANT SELECT, INSERT, UPDATE, DELETE ON analytics_snapshots, analytics_participations TO platform_app;
