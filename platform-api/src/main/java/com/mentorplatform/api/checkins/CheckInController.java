package com.mentorplatform.api.checkins;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A pair's check-ins: its members and HR read them, the mentee and mentor of an active or paused pair
 * write them; everyone else gets a 404, whatever their role.
 */
@Tag(name = ApiTags.CHECK_INS)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE, Role.LEADER_ROLE})
@ApiProblems.Restricted
class CheckInController {

    private final CheckInService service;
    private final CheckInAgenda agenda;
    private final CheckInCadence cadence;

    CheckInController(CheckInService service, CheckInAgenda agenda, CheckInCadence cadence) {
        this.service = service;
        this.agenda = agenda;
        this.cadence = cadence;
    }

    /** A page of the pair's check-ins, newest first; pass {@code next} from the previous page as {@code after}. */
    @Operation(operationId = "listCheckIns")
    @ApiProblems.ById
    @Get("/pairs/{pairId}/check-ins")
    CheckInPage list(UUID pairId, @Nullable @QueryValue @Min(1) @Max(100) Integer limit,
                     @Nullable @QueryValue @Size(max = 200) String after, Caller caller) {
        return service.page(caller, pairId,
                limit == null ? CheckInService.DEFAULT_PAGE_SIZE : limit, after);
    }

    /** Schedules (SCHEDULED, future {@code occursAt}) or logs (HELD, past or now) a check-in. */
    @Operation(operationId = "createCheckIn")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/pairs/{pairId}/check-ins")
    HttpResponse<CheckInResponse> create(UUID pairId, @Valid @Body CheckInRequest request,
                                         Caller caller) {
        return HttpResponse.created(service.create(caller, pairId, request));
    }

    /** A suggested agenda for the next check-in: roadmap items due soon and open actions. */
    @Operation(operationId = "getCheckInAgenda")
    @ApiProblems.ById
    @Get("/pairs/{pairId}/check-ins/agenda")
    AgendaResponse agenda(UUID pairId, Caller caller) {
        return agenda.suggest(caller, pairId);
    }

    /** Whether the pair keeps its cohort's check-in cadence. */
    @Operation(operationId = "getCheckInCadence")
    @ApiProblems.ById
    @Get("/pairs/{pairId}/check-ins/cadence")
    CadenceResponse cadence(UUID pairId, Caller caller) {
        return cadence.of(caller, pairId);
    }

    /** One check-in, with the caller's own private note as {@code myPrivateNote}. */
    @Operation(operationId = "getCheckIn")
    @ApiProblems.ById
    @Get("/check-ins/{id}")
    CheckInResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    /** JSON Merge Patch of the shared fields; {@code {"status": "HELD"}} marks it held, CANCELLED calls it off. */
    @Operation(operationId = "patchCheckIn")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/check-ins/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    CheckInResponse patch(UUID id, @Body @Schema(implementation = CheckInPatch.class) JsonNode patch, Caller caller) {
        return service.patch(caller, id, patch);
    }
}
