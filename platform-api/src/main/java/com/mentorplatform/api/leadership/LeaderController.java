package com.mentorplatform.api.leadership;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;

import java.util.UUID;

/** Leadership reports: aggregates by one breakdown, anonymity applied; leaders and HR. */
@Controller("/api/leader")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.LEADER_ROLE, Role.ADMIN, Role.MANAGER})
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

    @Operation(operationId = "leaderReport", summary = "One KPI family by one breakdown",
            description = "family: participation, completion, engagement or retention; by: programme, cohort, "
                    + "department, location, level or startYear; at most one of programmeId, cohortId, year. "
                    + "Groups under the anonymity threshold, and those that would reveal one by subtraction, are "
                    + "suppressed.")
    @Get(FAMILY)
    @Produces(MediaType.APPLICATION_JSON)
    LeaderTable report(Caller caller, String family, @Nullable @QueryValue String by,
                       @Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                       @Nullable @QueryValue Integer year) {
        return reports.table(caller, family, by == null ? "programme" : by,
                LeaderReports.filter(programmeId, cohortId, year));
    }

    @Operation(operationId = "leaderReportCsv", summary = "One KPI family by one breakdown, as CSV",
            description = "The same table as CSV; a suppressed group reads \"fewer than k\" in every figure.")
    @Get(FAMILY)
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> reportCsv(Caller caller, String family, @Nullable @QueryValue String by,
                                   @Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                                   @Nullable @QueryValue Integer year) {
        LeaderTable table = report(caller, family, by, programmeId, cohortId, year);
        return HttpResponse.ok(LeaderCsv.of(table)).contentType(CsvTable.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + table.family() + "-by-" + table.by() + ".csv\"");
    }

    @Operation(operationId = "leaderBoardReport", summary = "The programme report for a board pack (PDF)",
            description = "Every family by programme, department, location, level and start year for all "
                    + "participants, one programme or one start year, with the same suppression as the screens.")
    @Get("/board-report")
    @Produces("application/pdf")
    HttpResponse<byte[]> boardReport(Caller caller, @Nullable @QueryValue UUID programmeId,
                                     @Nullable @QueryValue Integer year) {
        byte[] pdf = boardReport.render(caller, LeaderReports.filter(programmeId, null, year));
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programme-report.pdf\"");
    }
}
