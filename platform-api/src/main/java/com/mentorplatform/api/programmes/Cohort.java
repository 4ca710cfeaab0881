package com.mentorplatform.api.programmes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code cohorts}, read with its programme's status and its head counts: mentees enrolled,
 * mentors enrolled and the mentee places those mentors offer (withdrawn participants not counted).
 */
@MappedEntity("cohorts")
record Cohort(UUID tenantId, @Id UUID id, UUID programmeId, ProgrammeStatus programmeStatus, String name,
              LocalDate startsOn, LocalDate endsOn, int checkInCadenceDays, int capacity, CohortStatus status,
              BigDecimal weightGapCoverage, BigDecimal weightSeniority, BigDecimal weightDepartment,
              BigDecimal weightLanguage, BigDecimal weightTimeZone, BigDecimal weightInterests,
              BigDecimal weightPreference, BigDecimal weightAvailability, boolean favourSameDepartment,
              boolean requireSharedLanguage, int menteesEnrolled, int mentorsEnrolled, int mentorCapacityTotal,
              Instant createdAt, Instant updatedAt) {

    CohortMatchingWeights weights() {
        return new CohortMatchingWeights(weightGapCoverage, weightSeniority, weightDepartment, weightLanguage,
                weightTimeZone, weightInterests, weightPreference, weightAvailability, favourSameDepartment,
                requireSharedLanguage);
    }
}
