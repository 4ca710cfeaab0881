package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemResponseProcessor;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.uploads.FileNames;
import com.mentorplatform.api.uploads.UploadBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Imports of the HR system's CSV export, for HR roles only. The body is streamed (not buffered by
 * the framework), which is what lets this route take files above the 1 MiB JSON limit.
 */
@Tag(name = ApiTags.PEOPLE)
@Controller(ImportController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class ImportController {

    static final String PATH = "/api/people/imports";

    private final PeopleImports imports;
    private final int maxRequestSize;

    ImportController(PeopleImports imports, HttpServerConfiguration server) {
        this.imports = imports;
        // an array holds at most about 2 GiB; the configured limit is 32 MiB
        this.maxRequestSize = (int) Math.min(server.getMaxRequestSize(), Integer.MAX_VALUE - 8);
    }

    /**
     * Checks (and unless {@code dryRun}, applies) a CSV file. A dry run answers 200 with the report; a
     * real run with problems 400 problem+json carrying the report; a clean real run 202 with the
     * import to poll ({@code Location}). {@code asOf} (default today) dates the history it writes.
     */
    @Operation(operationId = "startPeopleImport")
    @RequestBody(description = "The HR system's CSV export.", required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = "application/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "A dry run: the report of what a real run would do.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "202", description = "A clean real run: it goes on in the background; poll Location.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION,
                    description = "The import to poll.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "400", description = "A bad parameter, or a real run refused for problems in the file "
            + "(the report rides along as the member report).",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE,
                    schema = @Schema(ref = "#/components/schemas/ImportRejection")))
    @ApiResponse(responseCode = "413", description = "The file is over the size limit.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @ApiResponse(responseCode = "415", description = "The body is not CSV.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @ApiProblems.Conflicts
    @Post
    @Consumes({"text/csv", "text/plain", "application/csv"})
    HttpResponse<?> start(@Body InputStream csv, @QueryValue(defaultValue = "true") boolean dryRun,
                          @Nullable @QueryValue LocalDate asOf,
                          @Nullable @Header(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                          @Parameter(hidden = true) @Nullable @Header(HttpHeaders.CONTENT_LENGTH) Long length,
                          Caller caller) {
        if (length != null && length > maxRequestSize) {
            throw tooLarge();
        }
        byte[] file = UploadBody.read(csv, maxRequestSize, ImportController::tooLarge);
        ImportReport report = imports.start(caller, file, FileNames.of(disposition), asOf, dryRun);
        if (report.summary().status() == ImportStatus.REJECTED) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(ImportRejection.of(report))
                    .contentType(ProblemResponseProcessor.PROBLEM_JSON);
        }
        // An applied import is always 202, even when a small file finished before this answer was written: the
        // status code says what the client asked for (work in the background), the body how far it has got.
        return dryRun ? HttpResponse.ok(report)
                : HttpResponse.accepted(URI.create(PATH + "/" + report.summary().id())).body(report);
    }

    /** The tenant's imports, newest first, without their problems. */
    @Operation(operationId = "listPeopleImports")
    @ApiProblems.Invalid
    @Get
    List<ImportSummary> list(@Nullable @QueryValue @Min(1) @Max(200) Integer limit, Caller caller) {
        return imports.newestFirst(caller, limit == null ? 50 : limit);
    }

    /** One import: its status and progress while RUNNING, and its problems. */
    @Operation(operationId = "getPeopleImport")
    @ApiProblems.ById
    @Get("/{id}")
    ImportReport get(UUID id, Caller caller) {
        return imports.report(caller, id);
    }

    /** The problems of one import as a CSV table (line, column, message). */
    @Operation(operationId = "getPeopleImportProblemsCsv")
    @ApiResponse(responseCode = "200", description = "The problems as an attachment.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"import-<id>-problems.csv\"",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ApiProblems.ById
    @ApiProblems.Negotiated
    @Get("/{id}/problems.csv")
    @Produces(CsvTable.MEDIA_TYPE)
    HttpResponse<String> problemsCsv(UUID id, Caller caller) {
        ImportReport report = imports.report(caller, id);
        return CsvTable.download(ProblemsCsv.of(report.problems()), "import-" + id + "-problems.csv");
    }

    private static ProblemException tooLarge() {
        return ProblemType.PAYLOAD_TOO_LARGE.exception(
                "The import file is larger than 32 MiB; split the file or leave out columns the import does not read");
    }
}
