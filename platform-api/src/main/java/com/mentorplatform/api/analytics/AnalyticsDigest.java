package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.PeriodWindow;
import com.mentorplatform.api.analytics.CompletionReport.CompletionSummary;
import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The analytics figures other features quote without a caller (the programme managers' weekly digest): milestone
 * completion over the tenant's whole scope for the last seven days, the same figures HR's completion report shows
 * for that period. Opens its own (report) transaction.
 */
@Published
@Singleton
public class AnalyticsDigest {

    private static final int WEEK_DAYS = 7;

    private final CompletionAnalytics completion;
    private final Clock clock;

    AnalyticsDigest(CompletionAnalytics completion, Clock clock) {
        this.completion = completion;
        this.clock = clock;
    }

    /** Milestones reached in the last seven days (and the seven before), and each cohort's completion so far. */
    public WeeklyCompletion lastWeek(UUID tenantId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        PeriodWindow week = new PeriodWindow(today.minusDays(WEEK_DAYS - 1L), today);
        CompletionReport report = completion.report(new ReportScope(tenantId, null, null, week, now));
        CompletionSummary summary = report.summary();
        return new WeeklyCompletion(summary.reachedInPeriod(), summary.reachedInPreviousPeriod(), summary.overdue(),
                report.byCohort().stream().map(c -> new CohortFigures(c.cohortName(), c.programmeName(),
                        c.reached(), c.milestones(), c.overdue(), c.reachedRate())).toList());
    }

    /** The week's figures. */
    public record WeeklyCompletion(long reachedThisWeek, long reachedWeekBefore, long overdue,
                                   List<CohortFigures> cohorts) {
    }

    /** One cohort's milestones so far; {@code rate} is null when it has none. */
    public record CohortFigures(String cohortName, String programmeName, long reached, long milestones,
                                   long overdue, @Nullable Double rate) {
    }
}
