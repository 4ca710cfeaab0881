package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.Tenant;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

/**
 * A whole tenant's data, for platform operators only: its export (202 with the export to poll, then the ZIP), and
 * its deletion after a grace period (scheduled, or cancelled while the grace lasts). The tenant is named in the
 * path because acting on other tenants is what an operator is for.
 */
@Tag(name = ApiTags.OPERATOR)
@Controller("/api/operator/tenants/{id}")
@Secured(Role.OPERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiProblems.Restricted
@ApiProblems.ById
class TenantDataController {

    private static final String ZIP = "application/zip";

    private final TenantExports exports;
    private final TenantDeletions deletions;

    TenantDataController(TenantExports exports, TenantDeletions deletions) {
        this.exports = exports;
        this.deletions = deletions;
    }

    static String exportOf(UUID tenantId, UUID exportId) {
        return "/api/operator/tenants/" + tenantId + "/exports/" + exportId;
    }

    static String fileOf(UUID tenantId, UUID exportId) {
        return exportOf(tenantId, exportId) + "/file";
    }

    @Operation(operationId = "requestTenantExport", summary = "Ask for an export of all of a tenant's data (platform operators)")
    @ApiResponse(responseCode = "202", description = "Queued: poll Location until status is DONE, then download file.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                    description = "The export to poll.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = TenantExportResponse.class)))
    @ApiProblems.Conflicts
    @Post("/exports")
    HttpResponse<TenantExportResponse> requestExport(UUID id, Caller caller) {
        TenantExportResponse export = exports.request(caller, id);
        return HttpResponse.<TenantExportResponse>accepted(URI.create(exportOf(id, export.id()))).body(export);
    }

    @Operation(operationId = "getTenantExport", summary = "One tenant export: its status, and its file once DONE")
    @Get("/exports/{exportId}")
    TenantExportResponse getExport(UUID id, UUID exportId) {
        return exports.get(id, exportId);
    }

    @Operation(operationId = "downloadTenantExport",
            summary = "The ZIP of a finished tenant export: a JSON file per tenant table and the uploaded files")
    @ApiResponse(responseCode = "200", description = "The ZIP as an attachment.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"tenant-export-<id>.zip\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiProblems.Conflicts
    @Get("/exports/{exportId}/file")
    @Produces(ZIP)
    HttpResponse<byte[]> downloadExport(UUID id, UUID exportId) {
        return HttpResponse.ok(exports.file(id, exportId))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tenant-export-" + exportId + ".zip\"");
    }

    /**
     * Schedules the tenant's deletion after the grace period; the tenant is inactive from now on. The body repeats
     * the tenant's slug; 409 for the operators' own tenant and for one already scheduled or deleted.
     */
    @Operation(operationId = "scheduleTenantDeletion")
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/deletion")
    Tenant scheduleDeletion(UUID id, @Valid @Body ScheduleDeletionRequest request, Caller caller) {
        return deletions.schedule(caller, id, request);
    }

    /** Cancels the tenant's scheduled deletion while the grace period lasts; it gets back the status it had. */
    @Operation(operationId = "cancelTenantDeletion")
    @ApiProblems.Conflicts
    @Delete("/deletion")
    Tenant cancelDeletion(UUID id, Caller caller) {
        return deletions.cancel(caller, id);
    }
}
