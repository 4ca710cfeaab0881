package com.mentorplatform.api.evidence;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.uploads.FileNames;
import com.mentorplatform.api.uploads.UploadBody;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A mentee's evidence: the mentee adds and changes their own; their mentor (current or former) and
 * programme staff read it. Files are sent as the raw request body, named in {@code Content-Disposition},
 * up to 10 MB, and their bytes must match their name and declared type.
 */
@Tag(name = ApiTags.EVIDENCE)
@Controller("/api/evidence")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE, Role.LEADER_ROLE})
@ApiProblems.Restricted
class EvidenceController {

    private final EvidenceReader reader;
    private final EvidenceService service;

    EvidenceController(EvidenceReader reader, EvidenceService service) {
        this.reader = reader;
        this.service = service;
    }

    /**
     * A page of the mentee's evidence (the caller's own without {@code menteeId}), newest first;
     * {@code milestoneId} filters. Pass {@code next} from the previous page as {@code after}.
     */
    @Operation(operationId = "listEvidence")
    @ApiProblems.Invalid
    @Get
    EvidencePage list(@Nullable @QueryValue UUID menteeId, @Nullable @QueryValue UUID milestoneId,
                      @Nullable @QueryValue @Size(max = 200) String after,
                      @Nullable @QueryValue @Min(1) @Max(100) Integer limit, Caller caller) {
        return reader.page(caller, menteeId, milestoneId, after,
                limit == null ? EvidenceReader.DEFAULT_PAGE_SIZE : limit);
    }

    @Operation(operationId = "getEvidence", summary = "One piece of evidence")
    @ApiProblems.ById
    @Get("/{id}")
    EvidenceResponse get(UUID id, Caller caller) {
        return reader.get(caller, id);
    }

    @Operation(operationId = "createEvidence", summary = "Record a piece of evidence (mentees)")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured(Role.MENTEE_ROLE)
    HttpResponse<EvidenceResponse> create(@Valid @Body EvidenceRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch of one's own evidence. */
    @Operation(operationId = "patchEvidence")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    HttpResponse<EvidenceResponse> patch(UUID id, @Body @Schema(implementation = EvidencePatch.class) JsonNode patch,
                                         Caller caller) {
        return HttpResponse.ok(service.patch(caller, id, patch));
    }

    @Operation(operationId = "deleteEvidence", summary = "Delete one's own piece of evidence")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Caller caller) {
        service.delete(caller, id);
        return HttpResponse.noContent();
    }

    /**
     * Attaches (or replaces) the file of one's own evidence: the raw body, its type in {@code Content-Type}
     * and its name in {@code Content-Disposition: attachment; filename="..."}. 413 above 10 MB.
     */
    @Operation(operationId = "attachEvidenceFile")
    @RequestBody(description = "The file's bytes, of the type given in Content-Type.", required = true,
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/{id}/file")
    @Consumes(MediaType.ALL)
    HttpResponse<EvidenceResponse> attach(UUID id, @Body InputStream body,
                                          @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                          @Nullable @Header(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                                          @Parameter(hidden = true) @Nullable @Header(HttpHeaders.CONTENT_LENGTH)
                                          Long length,
                                          Caller caller) {
        if (length != null && length > FileCheck.MAX_BYTES) {
            throw FileCheck.tooLarge();
        }
        byte[] content = UploadBody.read(body, FileCheck.MAX_BYTES, FileCheck::tooLarge);
        return HttpResponse.ok(service.attach(caller, id, FileNames.of(disposition), contentType,
                content));
    }

    /** The file as an attachment with its checked type; browsers are told not to guess another. */
    @Operation(operationId = "downloadEvidenceFile")
    @ApiResponse(responseCode = "200", description = "The file, of the type it was attached with, as an attachment.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=... with the name it was attached under",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiProblems.ById
    @Get("/{id}/file")
    HttpResponse<byte[]> download(UUID id, Caller caller) {
        EvidenceReader.Download file = reader.download(caller, id);
        String type = file.contentType().startsWith("text/") ? file.contentType() + "; charset=utf-8"
                : file.contentType();
        return HttpResponse.ok(file.content()).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox");
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
