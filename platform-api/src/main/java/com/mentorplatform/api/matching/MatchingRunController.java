package com.mentorplatform.api.matching;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.links.Link;
import io.swagger.v3.oas.annotations.links.LinkParameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Matching runs of a cohort and their proposals; for HR only. */
@Tag(name = ApiTags.MATCHING)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class MatchingRunController {

    private final MatchingRunService service;

    MatchingRunController(MatchingRunService service) {
        this.service = service;
    }

    /** Queues a run; 202 with the run, whose status and progress GET /api/matching-runs/{id} reports. */
    @Operation(operationId = "startMatchingRun")
    @Status(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202",
            description = "The run, queued: poll getMatchingRun with its id until its status is SUCCEEDED or FAILED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunResponse.class)),
            links = @Link(name = "poll", operationId = "getMatchingRun",
                    parameters = @LinkParameter(name = "id", expression = "$response.body#/id")))
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/cohorts/{cohortId}/matching-runs")
    HttpResponse<RunResponse> start(UUID cohortId, @Nullable @Valid @Body RunRequest request,
                                    Caller caller) {
        return HttpResponse.accepted().body(service.start(caller, cohortId,
                request == null ? RunRequest.defaults() : request));
    }

    /** The cohort's runs, newest first, with their totals for comparison. */
    @Operation(operationId = "listMatchingRuns")
    @ApiProblems.ById
    @Get("/cohorts/{cohortId}/matching-runs")
    List<RunResponse> ofCohort(UUID cohortId, Caller caller) {
        return service.ofCohort(caller, cohortId);
    }

    @Operation(operationId = "getMatchingRun", summary = "One matching run and its status")
    @ApiProblems.ById
    @Get("/matching-runs/{id}")
    RunResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    /** A page of proposals in mentee-name order; pass {@code next} from the previous page as {@code after}. */
    @Operation(operationId = "listMatchingProposals")
    @ApiProblems.ById
    @Get("/matching-runs/{id}/proposals")
    ProposalPage proposals(UUID id, @Nullable @QueryValue @Min(1) @Max(500) Integer limit,
                           @Nullable @QueryValue @Size(max = 600) String after, Caller caller) {
        return service.proposals(caller, id,
                limit == null ? MatchingRunService.DEFAULT_PAGE_SIZE : limit, after);
    }

    /** The mentees the run left without a mentor, with why. */
    @Operation(operationId = "listUnmatched")
    @ApiProblems.ById
    @Get("/matching-runs/{id}/unmatched")
    List<Unmatched> unmatched(UUID id, Caller caller) {
        return service.unmatched(caller, id);
    }
}
