package com.mentorplatform.api.checkins;

import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether one pair keeps its cohort's cadence: an active pair is overdue when its last held check-in
 * (or, before the first, the day it became active) lies more than the cohort's cadence in the past.
 * A paused or finished pair is never overdue; a scheduled check-in does not count until it is held.
 */
@Singleton
class CheckInCadence {

    private final CheckInAccess access;
    private final CheckInRepository checkIns;
    private final TenantScope tenantScope;
    private final Clock clock;

    CheckInCadence(CheckInAccess access, CheckInRepository checkIns, TenantScope tenantScope, Clock clock) {
        this.access = access;
        this.checkIns = checkIns;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    CadenceResponse of(Caller caller, UUID pairId) {
        Instant now = clock.instant();
        return tenantScope.read(caller.tenantId(), () -> {
            PairAccess pair = access.reader(caller, pairId);
            return judge(checkIns.cadenceFacts(caller.tenantId(), pairId, now).orElseThrow(), pair.status(), now);
        });
    }

    static CadenceResponse judge(CadenceFacts facts, PairStatus status, Instant now) {
        Instant since = facts.lastHeldAt() != null ? facts.lastHeldAt() : facts.startedAt();
        Duration gap = since == null ? null : Duration.between(since, now);
        boolean overdue = status == PairStatus.ACTIVE && gap != null
                && gap.compareTo(Duration.ofDays(facts.cadenceDays())) > 0;
        return new CadenceResponse(facts.cadenceDays(), facts.lastHeldAt(), facts.nextScheduledAt(), facts.startedAt(),
                gap == null ? null : gap.toDays(), overdue);
    }
}
