package com.mentorplatform.api.framework;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** Role profiles: participants read them (a mentee picks a target role); HR writes them. */
@Tag(name = ApiTags.COMPETENCY_FRAMEWORK)
@Controller("/api/role-profiles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class RoleProfileController {

    private final RoleProfileService service;

    RoleProfileController(RoleProfileService service) {
        this.service = service;
    }

    /** Every role profile of the tenant with its requirements, by family, level and name. */
    @Operation(operationId = "listRoleProfiles")
    @Get
    List<RoleProfileResponse> list(Caller caller) {
        return service.list(caller);
    }

    @Operation(operationId = "getRoleProfile", summary = "One role profile with its required levels")
    @ApiProblems.ById
    @Get("/{id}")
    RoleProfileResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    @Operation(operationId = "createRoleProfile", summary = "Create a role profile")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<RoleProfileResponse> create(@Valid @Body RoleProfileRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** Replaces the whole role profile; the requirements given are the new list. */
    @Operation(operationId = "replaceRoleProfile")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/{id}")
    @Secured({Role.ADMIN, Role.MANAGER})
    RoleProfileResponse replace(UUID id, @Valid @Body RoleProfileRequest request, Caller caller) {
        return service.replace(caller, id, request);
    }

    @Operation(operationId = "deleteRoleProfile", summary = "Delete a role profile")
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
