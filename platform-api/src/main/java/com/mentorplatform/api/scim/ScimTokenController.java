package com.mentorplatform.api.scim;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** A tenant admin's SCIM tokens: one per identity provider, shown once, revocable at any time. */
@Tag(name = ApiTags.SCIM)
@Controller("/api/scim-tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN)
@ApiProblems.Restricted
class ScimTokenController {

    private final ScimTokens tokens;

    ScimTokenController(ScimTokens tokens) {
        this.tokens = tokens;
    }

    /** The answer is the only time the token's secret is shown: give it to the identity provider at once. */
    @Operation(operationId = "createScimToken", summary = "Create a SCIM token for an identity provider")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @Post
    HttpResponse<CreatedScimToken> create(@Valid @Body CreateScimTokenRequest request, Caller caller) {
        return HttpResponse.created(tokens.create(caller, request));
    }

    @Operation(operationId = "listScimTokens", summary = "The tenant's SCIM tokens, newest first, with when each was last used")
    @Get
    List<ScimTokenResponse> list(Caller caller) {
        return tokens.list(caller);
    }

    @Operation(operationId = "revokeScimToken", summary = "Revoke a SCIM token: it is refused from the next request on")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @Delete("/{id}")
    void revoke(UUID id, Caller caller) {
        tokens.revoke(caller, id);
    }
}
