package com.mentorplatform.api.retention;

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

/** HR's retention report: participants against a matched comparison group. */
@Tag(name = ApiTags.RETENTION)
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @Operation(operationId = "retentionReport",
            summary = "Retention of participants against a matched comparison group",
            description = "Kaplan–Meier curves with log-log 95 % bands, the 6/12/24-month points and their difference, "
                    + "a log-rank test, and promotion and mobility rates; from the analytics snapshot (asOf). With "
                    + "Accept: text/csv, table = curve (default), horizons or promotion.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiProblems.Invalid
    @ApiProblems.Negotiated
    @Get("/retention")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    HttpResponse<?> retention(Caller caller, @Nullable @QueryValue UUID programmeId,
                              @Nullable @QueryValue UUID cohortId, @Nullable @QueryValue String table,
                              @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return CsvTable.jsonOrCsv("retention", retention.report(caller, programmeId, cohortId), accept, table);
    }
}
