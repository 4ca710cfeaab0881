package com.mentorplatform.api.analytics;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HR's programme analytics. Each report answers JSON, or with {@code Accept: text/csv} one of its tables
 * ({@code ?table=}, the first by default). Every report takes the same scope: {@code programmeId},
 * {@code cohortId} (both optional) and the period {@code from}..{@code to} (default the last 90 days).
 */
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
class AnalyticsController {

    private final ReportScopes scopes;
    private final CompletionAnalytics completion;
    private final EngagementAnalytics engagement;
    private final ParticipationAnalytics participation;
    private final PairDrillDown drillDown;

    AnalyticsController(ReportScopes scopes, CompletionAnalytics completion, EngagementAnalytics engagement,
                        ParticipationAnalytics participation, PairDrillDown drillDown) {
        this.scopes = scopes;
        this.completion = completion;
        this.engagement = engagement;
        this.participation = participation;
        this.drillDown = drillDown;
    }

    /** Milestone completion: summary, funnel by milestone order, weekly trend, per cohort. */
    @Get("/completion")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionReport completion(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to, Caller caller) {
        return completion.report(scopes.of(caller, programmeId, cohortId, from, to));
    }

    /**
     * Milestone completion as JSON, or with {@code Accept: text/csv} one table: {@code table} = byCohort
     * (default), funnel or trend.
     */
    @Get("/completion")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> completionCsv(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                       @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                       @Nullable @QueryValue String table, Caller caller) {
        return CsvTable.answer("completion", completion(programmeId, cohortId, from, to, caller).tables(), table);
    }

    /** Engagement: check-ins against cadence, activity, active now and in the period, pairs needing attention. */
    @Get("/engagement")
    @Produces(MediaType.APPLICATION_JSON)
    EngagementReport engagement(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to, Caller caller) {
        return engagement.report(scopes.of(caller, programmeId, cohortId, from, to));
    }

    /**
     * Engagement as JSON, or with {@code Accept: text/csv} one table: {@code table} = monthly (default),
     * heatmap or attention.
     */
    @Get("/engagement")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> engagementCsv(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                       @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                       @Nullable @QueryValue String table, Caller caller) {
        return CsvTable.answer("engagement", engagement(programmeId, cohortId, from, to, caller).tables(), table);
    }

    /** Participation: match rate against its target, mentor load, endings, score bands, matching runs. */
    @Get("/participation")
    @Produces(MediaType.APPLICATION_JSON)
    ParticipationReport participation(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                      @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                      Caller caller) {
        return participation.report(scopes.of(caller, programmeId, cohortId, from, to));
    }

    /**
     * Participation as JSON, or with {@code Accept: text/csv} one table: {@code table} = cohorts (default),
     * endReasons, scoreBands or runs.
     */
    @Get("/participation")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> participationCsv(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                          @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                          @Nullable @QueryValue String table, Caller caller) {
        return CsvTable.answer("participation", participation(programmeId, cohortId, from, to, caller).tables(), table);
    }

    /**
     * The pairs behind a number ({@code concern}: ALL, OVERDUE, ENDED_EARLY, ACTIVE or UNMATCHED), a page of
     * {@code limit} (1 to 200, default 50) after the cursor {@code after}, in mentee-name order.
     */
    @Get("/pairs")
    @Produces(MediaType.APPLICATION_JSON)
    AnalyticsPairPage pairs(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                            @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                            @Nullable @QueryValue Concern concern, @Nullable @QueryValue Integer limit,
                            @Nullable @QueryValue String after, Caller caller) {
        return drillDown.page(scopes.of(caller, programmeId, cohortId, from, to), concern, limit, after);
    }

    /**
     * The pairs behind a number ({@code concern}: ALL, OVERDUE, ENDED_EARLY, ACTIVE or UNMATCHED), a page of
     * {@code limit} (1 to 200, default 50) after the cursor {@code after}; with {@code Accept: text/csv} the
     * same page as CSV (table: pairs).
     */
    @Get("/pairs")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> pairsCsv(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                  @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                  @Nullable @QueryValue Concern concern, @Nullable @QueryValue Integer limit,
                                  @Nullable @QueryValue String after, @Nullable @QueryValue String table,
                                  Caller caller) {
        return CsvTable.answer("pairs", pairs(programmeId, cohortId, from, to, concern, limit, after, caller).tables(), table);
    }

}
