package com.mentorplatform.api.roadmaps.plans;

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
import io.micronaut.http.annotation.Put;
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

import java.util.List;
import java.util.UUID;

/**
 * Career roadmaps: the mentee creates and shapes theirs; their mentor, former mentors and programme
 * staff read it (the mentor also agrees the pace). Leaders see no individual roadmaps.
 */
@Tag(name = ApiTags.ROADMAPS)
@Controller("/api/roadmaps")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class RoadmapController {

    private final RoadmapService roadmaps;
    private final PaceService pace;

    RoadmapController(RoadmapService roadmaps, PaceService pace) {
        this.roadmaps = roadmaps;
        this.pace = pace;
    }

    /** The mentee's roadmaps, active and archived, newest first; the caller's own without {@code menteeId}. */
    @Operation(operationId = "listRoadmaps")
    @ApiProblems.Invalid
    @Get
    List<RoadmapSummary> list(@Nullable @QueryValue UUID menteeId, Caller caller) {
        return roadmaps.list(caller, menteeId);
    }

    /** A new roadmap of the caller; an active one of theirs in the same cohort is archived. */
    @Operation(operationId = "createRoadmap")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    HttpResponse<RoadmapResponse> create(@Valid @Body CreateRoadmapRequest request, Caller caller) {
        return HttpResponse.created(roadmaps.create(caller, request));
    }

    @Operation(operationId = "getRoadmap", summary = "One roadmap")
    @ApiProblems.ById
    @Get("/{id}")
    RoadmapResponse get(UUID id, Caller caller) {
        return roadmaps.get(caller, id);
    }

    /** JSON Merge Patch of the vision fields. */
    @Operation(operationId = "patchRoadmap")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    RoadmapResponse patch(UUID id, @Body @Schema(implementation = VisionPatch.class) JsonNode patch, Caller caller) {
        return roadmaps.patchVision(caller, id, patch);
    }

    @Operation(operationId = "setRoadmapPace", summary = "Set the pace of a roadmap")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/{id}/pace")
    RoadmapResponse setPace(UUID id, @Valid @Body PaceRequest request, Caller caller) {
        return pace.set(caller, id, request);
    }

    /** The caller's side (mentee or mentor) agrees to the pace as it stands. */
    @Operation(operationId = "agreeRoadmapPace")
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Post("/{id}/pace/agreement")
    RoadmapResponse agree(UUID id, Caller caller) {
        return pace.agree(caller, id);
    }
}
