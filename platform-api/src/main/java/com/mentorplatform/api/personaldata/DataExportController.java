package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

/**
 * Exports of a person's data: asked for by the person or by a tenant admin, produced in the background
 * (202 with the export to poll), then downloaded as a ZIP by whoever asked or a tenant admin.
 */
@Tag(name = ApiTags.PERSONAL_DATA)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiProblems.Restricted
class DataExportController {

    private static final String ZIP = "application/zip";
    private static final String EXPORTS = "/api/data-exports/";

    private final DataExports exports;

    DataExportController(DataExports exports) {
        this.exports = exports;
    }

    static String fileOf(UUID id) {
        return EXPORTS + id + "/file";
    }

    @Operation(operationId = "requestOwnDataExport", summary = "Ask for an export of everything the platform holds about you")
    @ApiResponse(responseCode = "202", description = "Queued: poll Location until status is DONE, then download file.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                    description = "The export to poll.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = DataExportResponse.class)))
    @Post("/me/data-exports")
    HttpResponse<DataExportResponse> requestOwn(Caller caller) {
        return accepted(exports.request(caller, caller.personId()));
    }

    @Operation(operationId = "requestPersonDataExport", summary = "Ask for an export of one person's data (tenant admins)")
    @ApiResponse(responseCode = "202", description = "Queued: poll Location until status is DONE, then download file.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                    description = "The export to poll.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = DataExportResponse.class)))
    @ApiProblems.ById
    @Post("/people/{id}/data-exports")
    @Secured(Role.ADMIN)
    HttpResponse<DataExportResponse> requestFor(UUID id, Caller caller) {
        return accepted(exports.request(caller, id));
    }

    @Operation(operationId = "getDataExport", summary = "One export: its status, and its file once DONE")
    @ApiProblems.ById
    @Get("/data-exports/{id}")
    DataExportResponse get(UUID id, Caller caller) {
        return exports.get(caller, id);
    }

    @Operation(operationId = "downloadDataExport", summary = "The ZIP of a finished export: JSON files and uploaded files")
    @ApiResponse(responseCode = "200", description = "The ZIP as an attachment.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"data-export-<id>.zip\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Get("/data-exports/{id}/file")
    @Produces(ZIP)
    HttpResponse<byte[]> file(UUID id, Caller caller) {
        return HttpResponse.ok(exports.file(caller, id))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-export-" + id + ".zip\"");
    }

    private static HttpResponse<DataExportResponse> accepted(DataExportResponse export) {
        return HttpResponse.<DataExportResponse>accepted(URI.create(EXPORTS + export.id())).body(export);
    }
}
