package com.mentorplatform.api.roadmaps.history;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import java.util.UUID;

/** A roadmap's review points and its timeline of changes. */
@Tag(name = ApiTags.ROADMAPS)
@Controller("/api/roadmaps/{roadmapId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class HistoryController {

    private final HistoryService service;

    HistoryController(HistoryService service) {
        this.service = service;
    }

    @Operation(operationId = "addRoadmapReview", summary = "Add a review to a roadmap")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/reviews")
    HttpResponse<ReviewResponse> addReview(UUID roadmapId, @Valid @Body ReviewRequest request,
                                           Caller caller) {
        return HttpResponse.created(service.addReview(caller, roadmapId, request));
    }

    @Operation(operationId = "listRoadmapReviews", summary = "The reviews of a roadmap, newest first")
    @ApiProblems.ById
    @Get("/reviews")
    List<ReviewResponse> reviews(UUID roadmapId, Caller caller) {
        return service.reviews(caller, roadmapId);
    }

    /** Changes newest first, {@code limit} (1–200, default 50) at a time; page on with {@code after=<next>}. */
    @Operation(operationId = "getRoadmapTimeline")
    @ApiProblems.ById
    @Get("/timeline")
    TimelinePage timeline(UUID roadmapId, @Nullable @QueryValue String after,
                          @Nullable @QueryValue @Min(1) @Max(HistoryService.MAX_PAGE) Integer limit, Caller caller) {
        return service.timeline(caller, roadmapId, after, limit);
    }
}
