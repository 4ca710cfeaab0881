package com.mentorplatform.api.programmes;

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

/** Cohorts of a programme, and each cohort by its own id; for HR only. */
@Tag(name = ApiTags.PROGRAMMES)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class CohortController {

    private final CohortService service;

    CohortController(CohortService service) {
        this.service = service;
    }

    /** The programme's cohorts in start-date order, with head counts. */
    @Operation(operationId = "listCohorts")
    @ApiProblems.ById
    @Get("/programmes/{programmeId}/cohorts")
    List<CohortResponse> list(UUID programmeId, Caller caller) {
        return service.ofProgramme(caller, programmeId);
    }

    @Operation(operationId = "createCohort", summary = "Create a cohort in a programme")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/programmes/{programmeId}/cohorts")
    HttpResponse<CohortResponse> create(UUID programmeId, @Valid @Body CohortRequest request,
                                        Caller caller) {
        return HttpResponse.created(service.create(caller, programmeId, request));
    }

    @Operation(operationId = "getCohort", summary = "One cohort")
    @ApiProblems.ById
    @Get("/cohorts/{id}")
    CohortResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    /** JSON Merge Patch; {@code matchingWeights} merges weight by weight, and a weight set to null takes its default. */
    @Operation(operationId = "patchCohort")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/cohorts/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    CohortResponse patch(UUID id, @Body @Schema(implementation = CohortPatch.class) JsonNode patch, Caller caller) {
        return service.patch(caller, id, patch);
    }
}
