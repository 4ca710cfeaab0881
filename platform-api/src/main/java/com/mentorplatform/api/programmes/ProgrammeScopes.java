package com.mentorplatform.api.programmes;

import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Checks a report's programme and cohort filter inside the caller's tenant transaction: each must be the
 * tenant's, and a cohort given with a programme must belong to it; otherwise the same 404 as a missing one.
 */
@Published
@Singleton
public class ProgrammeScopes {

    private final ProgrammeRepository programmes;
    private final CohortRepository cohorts;

    ProgrammeScopes(ProgrammeRepository programmes, CohortRepository cohorts) {
        this.programmes = programmes;
        this.cohorts = cohorts;
    }

    public void require(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId) {
        if (programmeId != null) {
            programmes.find(tenantId, programmeId).orElseThrow(ProgrammeService::notFound);
        }
        if (cohortId != null) {
            Cohort cohort = cohorts.find(tenantId, cohortId).orElseThrow(CohortService::notFound);
            if (programmeId != null && !programmeId.equals(cohort.programmeId())) {
                throw CohortService.notFound();
            }
        }
    }
}
