package com.mentorplatform.api.pairs;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** Pairs of a cohort and their lifecycle, for HR; and each participant's own pairs. */
@Tag(name = ApiTags.PAIRS)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class PairController {

    private final PairService service;

    PairController(PairService service) {
        this.service = service;
    }

    /** Every pair of the cohort, in mentee-name order. */
    @Operation(operationId = "listCohortPairs")
    @ApiProblems.ById
    @Get("/cohorts/{cohortId}/pairs")
    List<PairResponse> ofCohort(UUID cohortId, Caller caller) {
        return service.ofCohort(caller, cohortId);
    }

    @Operation(operationId = "getPair", summary = "One mentoring pair")
    @ApiProblems.ById
    @Get("/pairs/{id}")
    PairResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    /** Every status change of the pair, oldest first, with who made it. */
    @Operation(operationId = "listPairEvents")
    @ApiProblems.ById
    @Get("/pairs/{id}/events")
    List<PairEvent> events(UUID id, Caller caller) {
        return service.events(caller, id);
    }

    @Operation(operationId = "transitionPair", summary = "Pause, resume, complete or end a pair")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/pairs/{id}/transitions")
    PairResponse transition(UUID id, @Valid @Body TransitionRequest request, Caller caller) {
        return service.transition(caller, id, request);
    }

    /** The caller's own pairs, as mentor or mentee, with why they were matched. */
    @Operation(operationId = "listMyPairs")
    @Get("/me/pairs")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<PairResponse> mine(Caller caller) {
        return service.mine(caller);
    }
}
