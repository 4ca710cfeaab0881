package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The summaries other features read about roadmaps, over rows written directly into the database. */
class RoadmapDigestTest {

    static TestTenant tenant;
    static UUID busyMentee;
    static UUID quietMentee;
    static UUID overdueMilestone;
    static UUID soonMilestone;
    static UUID runningExperiment;
    static RoadmapDigest digest;
    static TenantScope scope;

    @BeforeAll
    static void roadmapWithMilestonesAndExperiments() {
        tenant = TestTenant.create("Digest Co");
        busyMentee = tenant.person("Busy Mentee", "Sales");
        quietMentee = tenant.person("Quiet Mentee", "Sales");
        String admin = tenant.admin().token();
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Digest programme"), 5);
        UUID roadmap = UUID.randomUUID();
        overdueMilestone = UUID.randomUUID();
        soonMilestone = UUID.randomUUID();
        runningExperiment = UUID.randomUUID();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH r AS (INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, horizon_months)
                               VALUES (?, ?, ?, ?, 'Lead a team', 12) RETURNING tenant_id, id)
                    INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, criteria, due_on, status, reached_at)
                    SELECT r.tenant_id, m.id, r.id, m.position, m.title, 'Criteria', current_date + m.due_in, m.status,
                           CASE WHEN m.status = 'REACHED' THEN now() END
                    FROM r, (VALUES (CAST(? AS uuid), 1, 'Overdue one', -3, 'IN_PROGRESS'),
                                    (CAST(? AS uuid), 2, 'Due soon', 10, 'PLANNED'),
                                    (gen_random_uuid(), 3, 'Far away', 200, 'PLANNED'),
                                    (gen_random_uuid(), 4, 'Done already', -20, 'REACHED'))
                         AS m(id, position, title, due_in, status)""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, roadmap);
                insert.setObject(3, busyMentee);
                insert.setObject(4, cohort);
                insert.setObject(5, overdueMilestone);
                insert.setObject(6, soonMilestone);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO experiments (tenant_id, id, roadmap_id, objective, kind, success_metric, starts_on, ends_on,
                                             status, closed_at)
                    SELECT ?, x.id, ?, x.objective, 'PROJECT', 'Metric', current_date - 10, current_date + 20, x.status,
                           CASE WHEN x.status = 'DONE' THEN now() END
                    FROM (VALUES (CAST(? AS uuid), 'Running', 'ACTIVE'), (gen_random_uuid(), 'Also running', 'ACTIVE'),
                                 (gen_random_uuid(), 'Third', 'ACTIVE'), (gen_random_uuid(), 'Fourth', 'ACTIVE'),
                                 (gen_random_uuid(), 'Finished', 'DONE')) AS x(id, objective, status)""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, roadmap);
                insert.setObject(3, runningExperiment);
                insert.executeUpdate();
            }
        });
        digest = RunningApi.get().bean(RoadmapDigest.class);
        scope = RunningApi.get().bean(TenantScope.class);
    }

    @Test
    void the_agenda_holds_running_experiments_and_open_milestones_due_within_a_month_soonest_first() {
        List<AgendaItem> agenda = scope.read(tenant.id(), () -> digest.agenda(tenant.id(), busyMentee, LocalDate.now()));

        assertThat(agenda).extracting(AgendaItem::title)
                .containsExactly("Overdue one", "Due soon", "Also running", "Fourth", "Running", "Third");
        assertThat(agenda).filteredOn(item -> item.id().equals(runningExperiment)).singleElement()
                .extracting(AgendaItem::kind).isEqualTo("EXPERIMENT");
    }

    @Test
    void signals_count_progress_endorsements_awaited_stalled_milestones_and_experiments_over_the_tenant_limit() {
        List<RoadmapSignals> signals = scope.read(tenant.id(),
                () -> digest.signals(tenant.id(), List.of(busyMentee, quietMentee)));

        RoadmapSignals busy = signals.stream().filter(s -> s.menteeId().equals(busyMentee)).findFirst().orElseThrow();
        assertThat(busy.milestones()).isEqualTo(4);
        assertThat(busy.milestonesReached()).isEqualTo(1);
        assertThat(busy.milestonesAwaitingEndorsement()).isEqualTo(1);
        assertThat(busy.stalledMilestones()).isEqualTo(1);
        assertThat(busy.activeExperiments()).isEqualTo(4);
        assertThat(busy.experimentLimit()).isEqualTo(3);
        assertThat(busy.overcommitted()).isTrue();
        RoadmapSignals quiet = signals.stream().filter(s -> s.menteeId().equals(quietMentee)).findFirst().orElseThrow();
        assertThat(quiet.roadmapId()).isNull();
        assertThat(quiet.milestones()).isZero();
        assertThat(quiet.overcommitted()).isFalse();
    }

    @Test
    void milestones_belong_to_a_mentee_only_when_they_are_on_that_mentees_roadmaps() {
        assertThat(scope.read(tenant.id(), () -> digest.ownsMilestones(tenant.id(), busyMentee,
                List.of(overdueMilestone, soonMilestone)))).isTrue();
        assertThat(scope.read(tenant.id(), () -> digest.ownsMilestones(tenant.id(), quietMentee,
                List.of(overdueMilestone)))).isFalse();
        assertThat(scope.read(tenant.id(), () -> digest.ownsMilestones(tenant.id(), busyMentee,
                List.of(overdueMilestone, UUID.randomUUID())))).isFalse();
    }
}
