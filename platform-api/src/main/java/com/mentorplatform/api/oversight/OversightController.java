package com.mentorplatform.api.oversight;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Who needs attention: a mentor's own mentees, and HR's health view of a cohort's pairs. */
@Tag(name = ApiTags.OVERSIGHT)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class OversightController {

    private final OversightService service;

    OversightController(OversightService service) {
        this.service = service;
    }

    /** The caller's mentees: current pairs first (those needing attention before the rest), then former ones. */
    @Operation(operationId = "listMyMentees")
    @Get("/me/mentees")
    @Secured(Role.MENTOR_ROLE)
    List<PairOverview> myMentees(Caller caller) {
        return service.myMentees(caller);
    }

    /** Every pair of the cohort with its health; {@code attention=true} keeps those needing attention. */
    @Operation(operationId = "getPairHealth")
    @ApiProblems.ById
    @Get("/cohorts/{cohortId}/pair-health")
    CohortPairHealth pairHealth(UUID cohortId, @Nullable @QueryValue Boolean attention, Caller caller) {
        return service.pairHealth(caller, cohortId, Boolean.TRUE.equals(attention));
    }
}
