package com.mentorplatform.api.journal;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The growth journal. A mentee writes and searches their own; the mentor of a pair reads the entries
 * shared with them ({@code ?menteeId=}). Programme staff and leaders never read journals: a journal is
 * between mentee and mentor, so they get 404s like for an entry that does not exist.
 */
@Tag(name = ApiTags.JOURNAL)
@Controller("/api/journal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE, Role.LEADER_ROLE})
@ApiProblems.Restricted
class JournalController {

    private final JournalReader reader;
    private final JournalService service;

    JournalController(JournalReader reader, JournalService service) {
        this.reader = reader;
        this.service = service;
    }

    /**
     * The caller's own entries newest first by date, or with {@code q} a full-text search of them (best
     * first, each with a marked snippet); with {@code menteeId}, the entries that mentee shared with the
     * caller as their mentor. Pass {@code next} from the previous page as {@code after}.
     */
    @Operation(operationId = "listJournalEntries")
    @ApiProblems.Invalid
    @Get
    JournalPage list(@Nullable @QueryValue UUID menteeId, @Nullable @QueryValue @Size(max = 200) String q,
                     @Nullable @QueryValue @Size(max = 200) String after,
                     @Nullable @QueryValue @Min(1) @Max(100) Integer limit, Caller caller) {
        return reader.page(caller, menteeId, q, after,
                limit == null ? JournalReader.DEFAULT_PAGE_SIZE : limit);
    }

    @Operation(operationId = "getJournalEntry", summary = "One journal entry")
    @ApiProblems.ById
    @Get("/{id}")
    JournalEntryResponse get(UUID id, Caller caller) {
        return reader.get(caller, id);
    }

    /** A new entry in the caller's own journal; private unless {@code shared} is true. */
    @Operation(operationId = "createJournalEntry")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured(Role.MENTEE_ROLE)
    HttpResponse<JournalEntryResponse> create(@Valid @Body JournalEntryRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch of one's own entry, e.g. {@code {"shared": true}} to share it with the mentor. */
    @Operation(operationId = "patchJournalEntry")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    HttpResponse<JournalEntryResponse> patch(UUID id,
                                             @Body @Schema(implementation = JournalEntryPatch.class) JsonNode patch,
                                             Caller caller) {
        return HttpResponse.ok(service.patch(caller, id, patch));
    }

    @Operation(operationId = "deleteJournalEntry", summary = "Delete one's own journal entry")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Caller caller) {
        service.delete(caller, id);
        return HttpResponse.noContent();
    }
}
