package com.mentorplatform.api.matching;

import com.mentorplatform.api.background.LeasedWork;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.UUID;

/** The leases of matching runs: queued or running on some API process, renewed while it lives. */
@Singleton
class MatchingRunLeases implements LeasedWork {

    private final RunRepository runs;

    MatchingRunLeases(RunRepository runs) {
        this.runs = runs;
    }

    @Override
    public String kind() {
        return "matching run";
    }

    @Override
    public void renew(UUID tenantId, Collection<UUID> ids) {
        runs.renew(tenantId, ids);
    }

    @Override
    public int failExpired(UUID tenantId, long staleSeconds) {
        return runs.failExpired(tenantId, staleSeconds, RunRepository.INTERRUPTED);
    }
}
