package com.mentorplatform.api.retention;

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
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** HR's retention report: participants against a matched comparison group. */
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @Operation(operationId = "retentionReport", summary = "Retention of participants against a matched comparison group",
            description = "Kaplan–Meier curves with log-log 95 % bands, the 6/12/24-month points and their difference, "
                    + "a log-rank test, and promotion and mobility rates; from the analytics snapshot (asOf).")
    @Get("/retention")
    @Produces(MediaType.APPLICATION_JSON)
    RetentionReport retention(Caller caller, @Nullable @QueryValue UUID programmeId,
                              @Nullable @QueryValue UUID cohortId) {
        return retention.report(caller, programmeId, cohortId);
    }

    @Operation(operationId = "retentionReportCsv", summary = "One retention table as CSV",
            description = "table: curve (default), horizons or promotion.")
    @Get("/retention")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> retentionCsv(Caller caller, @Nullable @QueryValue UUID programmeId,
                                      @Nullable @QueryValue UUID cohortId, @Nullable @QueryValue String table) {
        RetentionReport report = retention(caller, programmeId, cohortId);
        return CsvTable.answer("retention", List.of(
                new CsvTable<>("curve", RetentionReport.CurvePoint.class, report.curve()),
                new CsvTable<>("horizons", RetentionReport.Horizon.class, report.horizons()),
                new CsvTable<>("promotion", RetentionReport.Outcomes.class, report.promotion())), table);
    }
}
