package com.mentorplatform.api.framework;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** The competency framework: everyone in programmes reads it (to fill profiles); HR writes it. */
@Tag(name = ApiTags.COMPETENCY_FRAMEWORK)
@Controller("/api/competencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class CompetencyController {

    private final CompetencyService service;

    CompetencyController(CompetencyService service) {
        this.service = service;
    }

    /** Every competency of the tenant, by category and name (a framework holds tens, not thousands). */
    @Operation(operationId = "listCompetencies")
    @Get
    List<CompetencyResponse> list(Caller caller) {
        return service.list(caller);
    }

    @Operation(operationId = "getCompetency", summary = "One competency with its levels")
    @ApiProblems.ById
    @Get("/{id}")
    CompetencyResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    @Operation(operationId = "createCompetency", summary = "Create a competency")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<CompetencyResponse> create(@Valid @Body CompetencyRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch; {@code levelDescriptors}, when given, replaces all five. */
    @Operation(operationId = "patchCompetency")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Secured({Role.ADMIN, Role.MANAGER})
    CompetencyResponse patch(UUID id, @Body @Schema(implementation = CompetencyPatch.class) JsonNode patch,
                             Caller caller) {
        return service.patch(caller, id, patch);
    }

    @Operation(operationId = "deleteCompetency", summary = "Delete a competency")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Delete("/{id}")
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<Void> delete(UUID id, Caller caller) {
        service.delete(caller, id);
        return HttpResponse.noContent();
    }
}
