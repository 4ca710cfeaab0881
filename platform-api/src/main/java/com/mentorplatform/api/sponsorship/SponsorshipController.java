package com.mentorplatform.api.sponsorship;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Sponsorship flags: the mentor raises them on a pair, HR lists them, the pair's people read them. */
@Tag(name = ApiTags.SPONSORSHIP)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class SponsorshipController {

    private final SponsorshipService service;

    SponsorshipController(SponsorshipService service) {
        this.service = service;
    }

    /** Flags the pair's mentee; only the mentor of an active or paused pair may. */
    @Operation(operationId = "flagForSponsorship")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/pairs/{pairId}/sponsorship-flags")
    @Secured(Role.MENTOR_ROLE)
    HttpResponse<SponsorshipFlag> flag(UUID pairId, @Valid @Body FlagRequest request, Caller caller) {
        return HttpResponse.created(service.flag(caller, pairId, request));
    }

    /** Every flag of the pair, open and withdrawn, newest first. */
    @Operation(operationId = "listPairSponsorshipFlags")
    @ApiProblems.ById
    @Get("/pairs/{pairId}/sponsorship-flags")
    List<SponsorshipFlag> ofPair(UUID pairId, Caller caller) {
        return service.ofPair(caller, pairId);
    }

    @Operation(operationId = "withdrawSponsorshipFlag", summary = "Withdraw a sponsorship flag")
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Post("/sponsorship-flags/{id}/withdrawal")
    SponsorshipFlag withdraw(UUID id, Caller caller) {
        return service.withdraw(caller, id);
    }

    /**
     * HR's list of flags, newest first: {@code status} OPEN (the default) or ALL, optionally of one cohort;
     * pass {@code next} from the previous page as {@code after}.
     */
    @Operation(operationId = "listSponsorshipFlags")
    @ApiProblems.Invalid
    @Get("/sponsorship-flags")
    @Secured({Role.ADMIN, Role.MANAGER})
    FlagPage list(@Nullable @QueryValue UUID cohortId, @Nullable @QueryValue @Schema(type = "string") FlagFilter status,
                  @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                  @Nullable @QueryValue @Size(max = 200) String after, Caller caller) {
        return service.page(caller, cohortId, status != FlagFilter.ALL,
                limit == null ? SponsorshipService.DEFAULT_PAGE_SIZE : limit, after);
    }
}
