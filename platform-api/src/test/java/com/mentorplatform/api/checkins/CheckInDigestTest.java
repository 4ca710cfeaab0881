package com.mentorplatform.api.checkins;

import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.testing.WorkspaceRows;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The check-in summaries other features read, over pairs and check-ins written directly into the database. */
class CheckInDigestTest {

    static TestTenant tenant;
    static UUID mentor;
    static UUID metRecently;
    static UUID metLongAgo;
    static UUID neverMet;
    static UUID pausedLongAgo;
    static UUID proposed;
    static Map<UUID, CheckInSignals> signals;

    @BeforeAll
    static void pairsWithCheckIns() {
        tenant = TestTenant.create("Check-in Digest Co");
        mentor = tenant.person("Digest Mentor", "Data");
        String admin = tenant.admin().token();
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Digest programme"), 10);
        metRecently = pair(cohort, "ACTIVE", 60);
        metLongAgo = pair(cohort, "ACTIVE", 60);
        neverMet = pair(cohort, "ACTIVE", 20);
        pausedLongAgo = pair(cohort, "PAUSED", 90);
        proposed = pair(cohort, "PROPOSED", 0);
        WorkspaceRows.checkIn(tenant, metRecently, mentor, "HELD", 30);
        WorkspaceRows.checkIn(tenant, metRecently, mentor, "HELD", 3);
        WorkspaceRows.checkIn(tenant, metRecently, mentor, "SCHEDULED", -11);
        WorkspaceRows.checkIn(tenant, metRecently, mentor, "SCHEDULED", -4);
        WorkspaceRows.checkIn(tenant, metRecently, mentor, "CANCELLED", 1);
        WorkspaceRows.checkIn(tenant, metLongAgo, mentor, "HELD", 23);
        WorkspaceRows.checkIn(tenant, metLongAgo, mentor, "SCHEDULED", 2);
        CheckInDigest digest = RunningApi.get().bean(CheckInDigest.class);
        signals = RunningApi.get().bean(TenantScope.class).read(tenant.id(), () -> digest.signals(tenant.id(),
                        List.of(metRecently, metLongAgo, neverMet, pausedLongAgo, proposed, UUID.randomUUID())))
                .stream().collect(Collectors.toMap(CheckInSignals::pairId, Function.identity()));
    }

    @Test
    void a_pair_that_met_within_its_cadence_is_not_overdue_and_shows_its_next_check_in() {
        CheckInSignals recent = signals.get(metRecently);

        assertThat(recent.cadenceDays()).isEqualTo(14);
        assertThat(recent.daysSinceLast()).isEqualTo(3);
        assertThat(recent.lastHeldAt()).isCloseTo(Instant.now().minus(Duration.ofDays(3)), within(Duration.ofMinutes(5)));
        assertThat(recent.nextScheduledAt()).isCloseTo(Instant.now().plus(Duration.ofDays(4)), within(Duration.ofMinutes(5)));
        assertThat(recent.overdue()).isFalse();
    }

    @Test
    void a_gap_longer_than_the_cadence_is_overdue_and_a_missed_scheduled_one_is_not_next() {
        CheckInSignals late = signals.get(metLongAgo);

        assertThat(late.daysSinceLast()).isEqualTo(23);
        assertThat(late.nextScheduledAt()).isNull();
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void a_pair_that_never_met_counts_from_when_it_became_active() {
        CheckInSignals never = signals.get(neverMet);

        assertThat(never.lastHeldAt()).isNull();
        assertThat(never.daysSinceLast()).isEqualTo(20);
        assertThat(never.overdue()).isTrue();
    }

    @Test
    void paused_and_proposed_pairs_are_never_overdue_and_unknown_ids_are_left_out() {
        assertThat(signals).hasSize(5);
        assertThat(signals.get(pausedLongAgo).daysSinceLast()).isEqualTo(90);
        assertThat(signals.get(pausedLongAgo).overdue()).isFalse();
        assertThat(signals.get(proposed).daysSinceLast()).isNull();
        assertThat(signals.get(proposed).overdue()).isFalse();
    }

    private static UUID pair(UUID cohort, String status, int activeDaysAgo) {
        return WorkspaceRows.pair(tenant, cohort, mentor, tenant.person("Mentee " + status, "Sales"), status, activeDaysAgo);
    }
}
