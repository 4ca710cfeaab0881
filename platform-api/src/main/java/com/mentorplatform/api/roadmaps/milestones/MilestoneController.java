package com.mentorplatform.api.roadmaps.milestones;

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

/** A roadmap's milestones: the mentee adds, edits and moves them; the mentor endorses or sends back. */
@Tag(name = ApiTags.ROADMAPS)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class MilestoneController {

    private final MilestoneService service;

    MilestoneController(MilestoneService service) {
        this.service = service;
    }

    /** A new milestone after the roadmap's last one. */
    @Operation(operationId = "createMilestone")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/roadmaps/{roadmapId}/milestones")
    HttpResponse<MilestoneResponse> create(UUID roadmapId, @Valid @Body MilestoneRequest request,
                                           Caller caller) {
        return HttpResponse.created(service.create(caller, roadmapId, request));
    }

    /** JSON Merge Patch of an open milestone's plan. */
    @Operation(operationId = "patchMilestone")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/milestones/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    MilestoneResponse patch(UUID id, @Body @Schema(implementation = MilestonePatch.class) JsonNode patch,
                            Caller caller) {
        return service.patch(caller, id, patch);
    }

    /** PLANNED and IN_PROGRESS back and forth; REACHED and DROPPED with a note. */
    @Operation(operationId = "moveMilestoneStatus")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/milestones/{id}/status")
    MilestoneResponse move(UUID id, @Valid @Body MilestoneStatusRequest request, Caller caller) {
        return service.move(caller, id, request);
    }

    @Operation(operationId = "answerMilestoneEndorsement", summary = "Endorse or decline a milestone (the mentor)")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/milestones/{id}/endorsement")
    MilestoneResponse answer(UUID id, @Valid @Body EndorsementRequest request, Caller caller) {
        return service.answer(caller, id, request);
    }
}
