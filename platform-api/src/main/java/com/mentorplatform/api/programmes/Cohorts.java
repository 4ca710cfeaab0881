package com.mentorplatform.api.programmes;

import com.mentorplatform.api.seams.Published;
import jakarta.inject.Singleton;

import java.util.UUID;

/** What enrolment needs to know about a cohort, inside the caller's open tenant transaction. */
@Published
@Singleton
public class Cohorts {

    private final CohortRepository cohorts;

    Cohorts(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    /** The cohort's seats as committed now; a 404 problem when the tenant has no such cohort. */
    public CohortSeats seats(UUID tenantId, UUID cohortId) {
        return CohortSeats.of(cohorts.find(tenantId, cohortId).orElseThrow(CohortService::notFound));
    }

    /** The cohort's matching weights, every field present; a 404 problem when the tenant has no such cohort. */
    public CohortMatchingWeights matchingWeights(UUID tenantId, UUID cohortId) {
        return cohorts.find(tenantId, cohortId).orElseThrow(CohortService::notFound).weights();
    }

    /**
     * Locks the cohort until the transaction ends, so enrolment changes to one cohort take turns and
     * the returned head count stays true while the caller checks capacity and writes.
     */
    public CohortSeats lockSeats(UUID tenantId, UUID cohortId) {
        return CohortSeats.of(cohorts.lock(tenantId, cohortId).orElseThrow(CohortService::notFound));
    }

    /** A cohort's status, its mentee capacity and how many mentees are enrolled. */
    public record CohortSeats(UUID cohortId, CohortStatus status, int capacity, int menteesEnrolled) {

        static CohortSeats of(Cohort c) {
            return new CohortSeats(c.id(), c.status(), c.capacity(), c.menteesEnrolled());
        }

        /** Mentee places still free. */
        public int menteePlacesLeft() {
            return Math.max(0, capacity - menteesEnrolled);
        }
    }
}
