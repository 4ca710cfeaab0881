package com.mentorplatform.api.checkins;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** A check-in's agreed actions, and the caller's own private note on it. */
@Tag(name = ApiTags.CHECK_INS)
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE, Role.LEADER_ROLE})
@ApiProblems.Restricted
class CheckInExtrasController {

    private final CheckInActionService actions;
    private final PrivateNoteService privateNotes;

    CheckInExtrasController(CheckInActionService actions, PrivateNoteService privateNotes) {
        this.actions = actions;
        this.privateNotes = privateNotes;
    }

    @Operation(operationId = "addCheckInAction", summary = "Add an action item to a check-in")
    @Status(HttpStatus.CREATED)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/check-ins/{id}/actions")
    HttpResponse<ActionResponse> addAction(UUID id, @Valid @Body ActionRequest request, Caller caller) {
        return HttpResponse.created(actions.add(caller, id, request));
    }

    /** JSON Merge Patch: {@code {"done": true}} ticks the action done, {@code false} reopens it. */
    @Operation(operationId = "patchCheckInAction")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/check-in-actions/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    ActionResponse changeAction(UUID id, @Body @Schema(implementation = ActionPatch.class) JsonNode patch,
                                Caller caller) {
        return actions.change(caller, id, patch);
    }

    /** Writes the caller's own private note, which no one else ever reads. */
    @Operation(operationId = "putCheckInPrivateNote")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/check-ins/{id}/private-note")
    PrivateNoteResponse putPrivateNote(UUID id, @Valid @Body PrivateNoteRequest request, Caller caller) {
        return privateNotes.put(caller, id, request);
    }

    @Operation(operationId = "deleteCheckInPrivateNote", summary = "Delete one's private note on a check-in")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Delete("/check-ins/{id}/private-note")
    HttpResponse<Void> deletePrivateNote(UUID id, Caller caller) {
        privateNotes.delete(caller, id);
        return HttpResponse.noContent();
    }
}
