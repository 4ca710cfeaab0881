package com.mentorplatform.api.roadmaps.gaps;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** A roadmap's competency gaps, for everyone who reads the roadmap, and the mentor's ratings. */
@Tag(name = ApiTags.ROADMAPS)
@Controller("/api/roadmaps/{roadmapId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class GapController {

    private final GapService service;

    GapController(GapService service) {
        this.service = service;
    }

    @Operation(operationId = "getRoadmapGaps", summary = "The competency gaps of a roadmap against its target role")
    @ApiProblems.ById
    @Get("/gaps")
    GapsResponse gaps(UUID roadmapId, Caller caller) {
        return service.gaps(caller, roadmapId);
    }

    /** The mentor's levels for some competencies; answers the gaps as they now stand. */
    @Operation(operationId = "rateRoadmapCompetencies")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/mentor-ratings")
    GapsResponse rate(UUID roadmapId, @Valid @Body MentorRatingsRequest request, Caller caller) {
        return service.rate(caller, roadmapId, request);
    }
}
