package com.mentorplatform.api.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.analytics.kpi.PeriodWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a report covers: the programme and cohort filters (null for all), the period and the period of the
 * same length just before it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AnalyticsScope(@Nullable UUID programmeId, @Nullable UUID cohortId, LocalDate from, LocalDate to,
                      LocalDate previousFrom, LocalDate previousTo) {

    static AnalyticsScope of(@Nullable UUID programmeId, @Nullable UUID cohortId, PeriodWindow period) {
        PeriodWindow previous = period.previous();
        return new AnalyticsScope(programmeId, cohortId, period.from(), period.to(), previous.from(), previous.to());
    }
}
