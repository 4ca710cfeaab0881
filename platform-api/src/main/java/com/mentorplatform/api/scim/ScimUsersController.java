package com.mentorplatform.api.scim;

import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.BearerRealms;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** SCIM Users (RFC 7644 §3): what an identity provider calls to create, find, update and remove people. */
@Tag(name = ApiTags.SCIM)
@Controller(BearerRealms.SCIM + "/Users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.SCIM_CLIENT)
@Produces(ScimError.MEDIA_TYPE)
@Consumes({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ScimProblems.Provisioning
class ScimUsersController {

    private final ScimUsers users;

    ScimUsersController(ScimUsers users) {
        this.users = users;
    }

    /**
     * startIndex is 1-based (below 1 counts as 1) and count at most 200 (below 0 counts as 0), as RFC 7644
     * §3.4.2.4 has it; totalResults counts every match.
     */
    @Operation(operationId = "scimListUsers", summary = "Users of the tenant, optionally filtered by userName, externalId or id")
    @ScimProblems.Invalid
    @Get
    Map<String, Object> list(@Nullable @QueryValue @Size(max = 500) String filter,
                             @Nullable @QueryValue Integer startIndex, @Nullable @QueryValue Integer count,
                             Authentication authentication) {
        long start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? ScimUsers.MAX_COUNT : Math.max(0, Math.min(count, ScimUsers.MAX_COUNT));
        return users.list(ScimClient.of(authentication), filter, start, size);
    }

    @Operation(operationId = "scimGetUser", summary = "One user")
    @ScimProblems.ById
    @Get("/{id}")
    Map<String, Object> get(UUID id, Authentication authentication) {
        return users.get(ScimClient.of(authentication), id);
    }

    @Operation(operationId = "scimCreateUser", summary = "Create a user: a new person of the tenant")
    @ScimProblems.WithBody
    @RequestBody(required = true, content = {
            @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(implementation = ScimUserDocument.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScimUserDocument.class))})
    @Status(HttpStatus.CREATED)
    @Post
    HttpResponse<Map<String, Object>> create(@Body JsonNode user, Authentication authentication) {
        Map<String, Object> created = users.create(ScimClient.of(authentication), user);
        return HttpResponse.created(created, URI.create(ScimUsers.LOCATION + created.get("id")));
    }

    @Operation(operationId = "scimReplaceUser", summary = "Replace a user's attributes")
    @ScimProblems.ById
    @ScimProblems.WithBody
    @RequestBody(required = true, content = {
            @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(implementation = ScimUserDocument.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScimUserDocument.class))})
    @Put("/{id}")
    Map<String, Object> replace(UUID id, @Body JsonNode user, Authentication authentication) {
        return users.replace(ScimClient.of(authentication), id, user);
    }

    @Operation(operationId = "scimPatchUser", summary = "Change some of a user's attributes; active false marks a leaver")
    @ScimProblems.ById
    @ScimProblems.WithBody
    @RequestBody(required = true, content = {
            @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(implementation = ScimPatchDocument.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScimPatchDocument.class))})
    @Patch("/{id}")
    Map<String, Object> patch(UUID id, @Body JsonNode operations, Authentication authentication) {
        return users.patch(ScimClient.of(authentication), id, operations);
    }

    /** The person stays, as a leaver with today's date, for their history and programmes; SCIM answers 404 for them from now on. */
    @Operation(operationId = "scimDeleteUser", summary = "Delete a user: the person leaves and is no longer provisioned")
    @ScimProblems.ById
    @Status(HttpStatus.NO_CONTENT)
    @Delete("/{id}")
    void delete(UUID id, Authentication authentication) {
        users.delete(ScimClient.of(authentication), id);
    }
}
