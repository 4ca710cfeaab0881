package com.mentorplatform.api.enrolments;

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

/** The participants of a cohort, for HR only. */
@Tag(name = ApiTags.ENROLMENTS)
@Controller("/api/cohorts/{cohortId}/participants")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class EnrolmentController {

    private final EnrolmentService service;
    private final BulkEnrolment bulk;

    EnrolmentController(EnrolmentService service, BulkEnrolment bulk) {
        this.service = service;
        this.bulk = bulk;
    }

    /** A page of participants ordered by name; pass {@code next} from the previous page as {@code after}. */
    @Operation(operationId = "listParticipants")
    @ApiProblems.ById
    @Get
    ParticipantPage list(UUID cohortId,
                         @Nullable @QueryValue @Schema(type = "string") ParticipantRole role,
                         @Nullable @QueryValue @Schema(type = "string") ParticipantStatus status,
                         @Nullable @QueryValue @Size(max = 120) String department,
                         @Nullable @QueryValue @Size(max = 200) String q,
                         @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                         @Nullable @QueryValue @Size(max = 600) String after,
                         Caller caller) {
        return service.page(caller, cohortId,
                new EnrolmentService.ParticipantFilter(role, status, department, q),
                limit == null ? EnrolmentService.DEFAULT_PAGE_SIZE : limit, after);
    }

    @Operation(operationId = "enrolParticipant", summary = "Enrol a person in a cohort as mentor or mentee")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    HttpResponse<ParticipantResponse> enrol(UUID cohortId, @Valid @Body EnrolRequest request,
                                            Caller caller) {
        return HttpResponse.created(service.enrol(caller, cohortId, request));
    }

    /** Who a bulk enrolment by filter would add, and who it would skip and why; changes nothing. */
    @Operation(operationId = "previewBulkEnrolment")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @Post("/bulk-preview")
    BulkPreview preview(UUID cohortId, @Valid @Body BulkEnrolRequest request, Caller caller) {
        return bulk.preview(caller, cohortId, request);
    }

    /** Applies exactly what the preview shows, in one transaction; 409 and nothing enrolled if it does not fit. */
    @Operation(operationId = "applyBulkEnrolment")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/bulk")
    BulkResult apply(UUID cohortId, @Valid @Body BulkEnrolRequest request, Caller caller) {
        return bulk.apply(caller, cohortId, request);
    }

    @Operation(operationId = "withdrawParticipant", summary = "Withdraw a participant from the cohort")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/{id}/withdraw")
    ParticipantResponse withdraw(UUID cohortId, UUID id, @Valid @Body WithdrawRequest request,
                                 Caller caller) {
        return service.withdraw(caller, cohortId, id, request);
    }

    /** Changes a mentor's mentee capacity (1–5). */
    @Operation(operationId = "patchParticipantCapacity")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    ParticipantResponse changeCapacity(UUID cohortId, UUID id, @Valid @Body CapacityRequest request,
                                       Caller caller) {
        return service.changeCapacity(caller, cohortId, id, request);
    }

    /** Every state change of this enrolment, oldest first. */
    @Operation(operationId = "getParticipantHistory")
    @ApiProblems.ById
    @Get("/{id}/history")
    List<HistoryEntry> history(UUID cohortId, UUID id, Caller caller) {
        return service.history(caller, cohortId, id);
    }
}
