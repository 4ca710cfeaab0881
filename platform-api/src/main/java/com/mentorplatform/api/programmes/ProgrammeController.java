package com.mentorplatform.api.programmes;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Programmes of the caller's tenant, for HR only. */
@Tag(name = ApiTags.PROGRAMMES)
@Controller("/api/programmes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class ProgrammeController {

    private final ProgrammeService service;

    ProgrammeController(ProgrammeService service) {
        this.service = service;
    }

    /** A page of programmes ordered by name; pass {@code next} from the previous page as {@code after}. */
    @Operation(operationId = "listProgrammes")
    @ApiProblems.Invalid
    @Get
    ProgrammePage list(@Nullable @QueryValue @Schema(type = "string") ProgrammeStatus status,
                       @Nullable @QueryValue @Size(max = 200) String q,
                       @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                       @Nullable @QueryValue @Size(max = 600) String after,
                       Caller caller) {
        return service.page(caller, status, q,
                limit == null ? ProgrammeService.DEFAULT_PAGE_SIZE : limit, after);
    }

    @Operation(operationId = "getProgramme", summary = "One programme")
    @ApiProblems.ById
    @Get("/{id}")
    ProgrammeResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    @Operation(operationId = "createProgramme", summary = "Create a programme")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    HttpResponse<ProgrammeResponse> create(@Valid @Body ProgrammeRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch: fields left out are unchanged; a status change must be an allowed transition. */
    @Operation(operationId = "patchProgramme")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    ProgrammeResponse patch(UUID id, @Body @Schema(implementation = ProgrammePatch.class) JsonNode patch,
                            Caller caller) {
        return service.patch(caller, id, patch);
    }
}
