package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.PeriodWindow;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A checked report request as the repositories bind it: the tenant, the optional programme and cohort (as
 * text, null for all), the period's days and its bounds as instants. Days are UTC days, as the platform's
 * clock is.
 */
record ReportScope(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId, PeriodWindow period,
                   Instant now) {

    AnalyticsScope response() {
        return AnalyticsScope.of(programmeId, cohortId, period);
    }

    @Nullable String programme() {
        return programmeId == null ? null : programmeId.toString();
    }

    @Nullable String cohort() {
        return cohortId == null ? null : cohortId.toString();
    }

    String from() {
        return period.from().toString();
    }

    String to() {
        return period.to().toString();
    }

    String today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
    }

    /** The first instant of the period. */
    String start() {
        return startOf(period.from());
    }

    /** The instant just after the period (midnight after its last day). */
    String end() {
        return startOf(period.to().plusDays(1));
    }

    String previousStart() {
        return startOf(period.previous().from());
    }

    String nowText() {
        return now.toString();
    }

    long days() {
        return period.days();
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
