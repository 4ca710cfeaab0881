package com.mentorplatform.api.calendar;

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
import io.micronaut.http.annotation.Delete;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The organisational calendar: every tenant role reads it, leaders included (no individual data); HR writes. */
@Tag(name = ApiTags.CALENDAR)
@Controller("/api/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE, Role.LEADER_ROLE})
@ApiProblems.Restricted
class CalendarController {

    private final CalendarService service;

    CalendarController(CalendarService service) {
        this.service = service;
    }

    /** Events overlapping the inclusive range [from, to]; either bound may be left out. */
    @Operation(operationId = "listCalendarEvents")
    @ApiProblems.Invalid
    @Get
    List<CalendarEventResponse> list(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                     Caller caller) {
        return service.between(caller, from, to);
    }

    @Operation(operationId = "getCalendarEvent", summary = "One calendar event")
    @ApiProblems.ById
    @Get("/{id}")
    CalendarEventResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    @Operation(operationId = "createCalendarEvent", summary = "Create a calendar event")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<CalendarEventResponse> create(@Valid @Body CalendarEventRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch; the merged event must still end on or after its start. */
    @Operation(operationId = "patchCalendarEvent")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Secured({Role.ADMIN, Role.MANAGER})
    CalendarEventResponse patch(UUID id, @Body @Schema(implementation = CalendarEventPatch.class) JsonNode patch,
                                Caller caller) {
        return service.patch(caller, id, patch);
    }

    @Operation(operationId = "deleteCalendarEvent", summary = "Delete a calendar event")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Delete("/{id}")
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<Void> delete(UUID id, Caller caller) {
        service.delete(caller, id);
        return HttpResponse.noContent();
    }
}
