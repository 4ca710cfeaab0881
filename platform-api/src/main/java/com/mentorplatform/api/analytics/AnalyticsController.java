package com.mentorplatform.api.analytics;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HR's programme analytics. Each report answers JSON, or with {@code Accept: text/csv} one of its tables
 * ({@code ?table=}, the first by default). Every report takes the same scope: {@code programmeId},
 * {@code cohortId} (both optional) and the period {@code from}..{@code to} (default the last 90 days).
 */
@Tag(name = ApiTags.ANALYTICS)
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class AnalyticsController {

    private final ReportScopes scopes;
    private final CompletionAnalytics completion;
    private final EngagementAnalytics engagement;
    private final ParticipationAnalytics participation;
    private final PairDrillDown drillDown;
    private final SurveyAnalytics surveys;

    AnalyticsController(ReportScopes scopes, CompletionAnalytics completion, EngagementAnalytics engagement,
                        ParticipationAnalytics participation, PairDrillDown drillDown, SurveyAnalytics surveys) {
        this.scopes = scopes;
        this.completion = completion;
        this.engagement = engagement;
        this.participation = participation;
        this.drillDown = drillDown;
        this.surveys = surveys;
    }

    @Operation(operationId = "completionReport", summary = "Milestone completion, as JSON or one table as CSV",
            description = "Summary, funnel by milestone order, weekly trend, per cohort. With Accept: text/csv, "
                    + "table = byCohort (default), funnel or trend.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/completion")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> completion(@RequestBean ReportQuery query, Caller caller) {
        return CsvTable.jsonOrCsv("completion", completion.report(scope(caller, query)), query.accept(), query.table());
    }

    @Operation(operationId = "engagementReport", summary = "Engagement, as JSON or one table as CSV",
            description = "Check-ins against cadence, activity, active now and in the period, pairs needing "
                    + "attention. With Accept: text/csv, table = monthly (default), heatmap or attention.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/engagement")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> engagement(@RequestBean ReportQuery query, Caller caller) {
        return CsvTable.jsonOrCsv("engagement", engagement.report(scope(caller, query)), query.accept(), query.table());
    }

    @Operation(operationId = "participationReport", summary = "Participation and matching, as JSON or one table as CSV",
            description = "Match rate against its target, mentor load, endings, score bands, matching runs. With "
                    + "Accept: text/csv, table = cohorts (default), endReasons, scoreBands or runs.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParticipationReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/participation")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> participation(@RequestBean ReportQuery query, Caller caller) {
        return CsvTable.jsonOrCsv("participation", participation.report(scope(caller, query)), query.accept(),
                query.table());
    }

    @Operation(operationId = "surveyReport", summary = "Survey results, as JSON or one table as CSV",
            description = "Fit rate, satisfaction and NPS per cohort and in all, fit by match-score band, comments; "
                    + "every answer so far (no period), figures below the tenant's anonymity threshold hidden. "
                    + "With Accept: text/csv, table = cohorts (default), fitByBand or comments.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/surveys")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> surveys(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                            @Nullable @QueryValue String table, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                            Caller caller) {
        return CsvTable.jsonOrCsv("surveys", surveys.report(scopes.of(caller, programmeId, cohortId, null, null)),
                accept, table);
    }

    @Operation(operationId = "analyticsPairs", summary = "The pairs behind a number, as JSON or CSV",
            description = "concern: ALL, OVERDUE, ENDED_EARLY, ACTIVE or UNMATCHED; a page of limit (1 to 200, "
                    + "default 50) after the cursor after, in mentee-name order. CSV: that page (table pairs).")
    @ApiResponse(responseCode = "200", description = "A page of pairs", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnalyticsPairPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/pairs")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    // Not a ReportQuery: the document lists its parameters in this order, table last, and generated clients
    // take them in that order.
    HttpResponse<?> pairs(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                          @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                          @Nullable @QueryValue @Schema(type = "string") Concern concern,
                          @Nullable @QueryValue @Min(1) @Max(PairDrillDown.MAX_LIMIT) Integer limit,
                          @Nullable @QueryValue String after, @Nullable @QueryValue String table,
                          @Nullable @Header(HttpHeaders.ACCEPT) String accept, Caller caller) {
        return CsvTable.jsonOrCsv("pairs",
                drillDown.page(scopes.of(caller, programmeId, cohortId, from, to), concern, limit, after), accept, table);
    }

    private ReportScope scope(Caller caller, ReportQuery query) {
        return scopes.of(caller, query.programmeId(), query.cohortId(), query.from(), query.to());
    }
}
