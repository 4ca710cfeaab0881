package com.mentorplatform.api.matching;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.pairs.PairResponse;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** HR's decisions on a finished run's proposals, and rematching an ended pair's mentee. Each is one transaction. */
@Tag(name = ApiTags.MATCHING)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class DecisionController {

    private final Accepting accepting;
    private final Reassigning reassigning;
    private final Rematching rematching;

    DecisionController(Accepting accepting, Reassigning reassigning, Rematching rematching) {
        this.accepting = accepting;
        this.reassigning = reassigning;
        this.rematching = rematching;
    }

    /** Accepts every proposal not yet accepted; each becomes a PROPOSED pair. */
    @Operation(operationId = "acceptAllProposals")
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Post("/matching-runs/{id}/accept-all")
    AcceptResult acceptAll(UUID id, Caller caller) {
        return accepting.acceptAll(caller, id);
    }

    @Operation(operationId = "acceptProposals", summary = "Accept chosen proposals of a matching run as pairs")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/matching-runs/{id}/accept")
    AcceptResult accept(UUID id, @Valid @Body AcceptRequest request, Caller caller) {
        return accepting.acceptSome(caller, id, request);
    }

    /** Swaps two mentees' mentors and returns the change of the total score; 400 naming the hard rule it would break. */
    @Operation(operationId = "swapProposals")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/matching-runs/{id}/swaps")
    SwapResponse swap(UUID id, @Valid @Body SwapRequest request, Caller caller) {
        return reassigning.swap(caller, id, request);
    }

    /** Gives a mentee a mentor by hand, replacing their proposal (or leaving the unmatched list). */
    @Operation(operationId = "assignManually")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/matching-runs/{id}/assignments")
    ProposalResponse assign(UUID id, @Valid @Body AssignRequest request, Caller caller) {
        return reassigning.assign(caller, id, request);
    }

    /** A new pair for the mentee of a completed or ended pair, with the mentor given. */
    @Operation(operationId = "rematchPair")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/pairs/{id}/rematch")
    HttpResponse<PairResponse> rematch(UUID id, @Valid @Body RematchRequest request, Caller caller) {
        return HttpResponse.created(rematching.rematch(caller, id, request));
    }
}
