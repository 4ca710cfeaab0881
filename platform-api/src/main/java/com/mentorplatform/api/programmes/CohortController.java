package com.mentorplatform.api.programmes;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** Cohorts of a programme, and each cohort by its own id; for HR only. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
class CohortController {

    private final CohortService service;

    CohortController(CohortService service) {
        this.service = service;
    }

    /** The programme's cohorts in start-date order, with head counts. */
    @Get("/programmes/{programmeId}/cohorts")
    List<CohortResponse> list(UUID programmeId, Authentication authentication) {
        return service.ofProgramme(Caller.of(authentication), programmeId);
    }

    @Post("/programmes/{programmeId}/cohorts")
    HttpResponse<CohortResponse> create(UUID programmeId, @Valid @Body CohortRequest request,
                                        Authentication authentication) {
        return HttpResponse.created(service.create(Caller.of(authentication), programmeId, request));
    }

    @Get("/cohorts/{id}")
    CohortResponse get(UUID id, Authentication authentication) {
        return service.get(Caller.of(authentication), id);
    }

    /** JSON Merge Patch; {@code matchingWeights} merges weight by weight, and a weight set to null takes its default. */
    @Patch("/cohorts/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    CohortResponse patch(UUID id, @Body JsonNode patch, Authentication authentication) {
        return service.patch(Caller.of(authentication), id, patch);
    }
}
