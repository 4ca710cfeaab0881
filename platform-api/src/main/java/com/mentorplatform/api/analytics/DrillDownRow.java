package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A drill-down row with its keyset position ({@code rowKey}: the pair's id, or the enrolment's for a mentee). */
@MappedEntity
record DrillDownRow(@Id UUID rowKey, String sortName, @Nullable UUID pairId, UUID cohortId, String cohortName,
                    @Nullable String mentorName, String menteeName, String status, @Nullable Double score,
                    @Nullable LocalDate lastCheckInOn, @Nullable Integer daysSinceCheckIn, int cadenceDays,
                    int milestonesReached, int milestones, @Nullable String endReason) {

    AnalyticsPairPage.AnalyticsPair item() {
        return new AnalyticsPairPage.AnalyticsPair(pairId, cohortId, cohortName, mentorName, menteeName, status, score,
                lastCheckInOn, daysSinceCheckIn, cadenceDays, milestonesReached, milestones, endReason);
    }
}
