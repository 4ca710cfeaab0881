package com.mentorplatform.api.snapshot;

import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestPopulation;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The background refresh makes every active customer tenant's snapshot, each in its own tenant's transaction. */
class SnapshotScheduleTest {

    @Test
    void the_background_refresh_snapshots_each_tenant_with_its_own_participations() {
        TestTenant first = tenantWithMentees("Scheduled One", 3);
        TestTenant second = tenantWithMentees("Scheduled Two", 5);

        RunningApi.get().bean(SnapshotSchedule.class).refreshAll();

        AnalyticsSnapshots snapshots = RunningApi.get().bean(AnalyticsSnapshots.class);
        assertThat(snapshots.current(first.id()).participations()).isEqualTo(3);
        assertThat(snapshots.current(second.id()).participations()).isEqualTo(5);
    }

    private static TestTenant tenantWithMentees(String name, int mentees) {
        TestTenant tenant = TestTenant.create(name);
        String admin = tenant.admin().token();
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, name + " programme"), 10);
        for (int i = 0; i < mentees; i++) {
            TestProgrammes.enrol(admin, cohort, TestPopulation.person(tenant, name + " mentee " + i, "Sales", "Oslo",
                    3, LocalDate.now().minusYears(1), null), "MENTEE");
        }
        return tenant;
    }
}
