package com.mentorplatform.api.leadership;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Leadership reports: aggregates by one breakdown, anonymity applied; leaders and HR. */
@Tag(name = ApiTags.LEADERSHIP)
@Controller("/api/leader")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.LEADER_ROLE, Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class LeaderController {

    /** The four families; any other name is a route that does not exist. */
    private static final String FAMILY = "/{family:participation|completion|engagement|retention}";

    private final LeaderReports reports;
    private final BoardReport boardReport;

    LeaderController(LeaderReports reports, BoardReport boardReport) {
        this.reports = reports;
        this.boardReport = boardReport;
    }

    @Operation(operationId = "leaderReportOptions", summary = "What a leader may report on",
            description = "The families, breakdowns, programmes, cohorts and start years, the anonymity threshold and "
                    + "how old the snapshot is.")
    @Get("/options")
    LeaderOptions options(Caller caller) {
        return reports.options(caller);
    }

    @Operation(operationId = "leaderReport", summary = "One KPI family by one breakdown, as JSON or CSV",
            description = "family: participation, completion, engagement or retention; by: programme, cohort, "
                    + "department, location, level or startYear; at most one of programmeId, cohortId, year. "
                    + "Groups under the anonymity threshold, and those that would reveal one by subtraction, are "
                    + "suppressed; in CSV (Accept: text/csv) each figure of a suppressed group reads \"hidden\".")
    @ApiResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeaderTable.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.ById
    @ApiProblems.Negotiated
    @Get(FAMILY)
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> report(Caller caller, String family, @Nullable @QueryValue String by,
                           @Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                           @Nullable @QueryValue Integer year, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        LeaderTable table = reports.table(caller, family, by == null ? "programme" : by,
                LeaderReports.filter(programmeId, cohortId, year));
        if (!CsvTable.prefersCsv(accept)) {
            return HttpResponse.ok(table).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return CsvTable.download(LeaderCsv.of(table), table.family() + "-by-" + table.by() + ".csv");
    }

    @Operation(operationId = "leaderBoardReport", summary = "The programme report for a board pack (PDF)",
            description = "Every family by programme, department, location, level and start year for all "
                    + "participants, one programme or one start year, with the same suppression as the screens.")
    @ApiResponse(responseCode = "200", description = "The report as a PDF attachment (programme-report.pdf).",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiProblems.Invalid
    @Get("/board-report")
    @Produces("application/pdf")
    HttpResponse<byte[]> boardReport(Caller caller, @Nullable @QueryValue UUID programmeId,
                                     @Nullable @QueryValue Integer year) {
        byte[] pdf = boardReport.render(caller, LeaderReports.filter(programmeId, null, year));
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programme-report.pdf\"");
    }
}
