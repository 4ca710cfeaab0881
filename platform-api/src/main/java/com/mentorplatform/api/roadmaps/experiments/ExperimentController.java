package com.mentorplatform.api.roadmaps.experiments;

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

import java.util.UUID;

/** A roadmap's experiments, which its mentee plans, runs and closes; answers carry the workload warnings. */
@Tag(name = ApiTags.ROADMAPS)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class ExperimentController {

    private final ExperimentService service;

    ExperimentController(ExperimentService service) {
        this.service = service;
    }

    @Operation(operationId = "createExperiment", summary = "Add an experiment to a roadmap")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/roadmaps/{roadmapId}/experiments")
    HttpResponse<ExperimentResult> create(UUID roadmapId, @Valid @Body ExperimentRequest request,
                                          Caller caller) {
        return HttpResponse.created(service.create(caller, roadmapId, request));
    }

    /** JSON Merge Patch of an open experiment's plan. */
    @Operation(operationId = "patchExperiment")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/experiments/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    ExperimentResult patch(UUID id, @Body @Schema(implementation = ExperimentPatch.class) JsonNode patch,
                           Caller caller) {
        return service.patch(caller, id, patch);
    }

    @Operation(operationId = "moveExperimentStatus", summary = "Move an experiment to another status")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/experiments/{id}/status")
    ExperimentResult move(UUID id, @Valid @Body ExperimentStatusRequest request, Caller caller) {
        return service.move(caller, id, request);
    }
}
