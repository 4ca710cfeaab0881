package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** Erasure of a person's data (the right to be forgotten), for tenant admins only. */
@Tag(name = ApiTags.PERSONAL_DATA)
@Controller("/api/people")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN)
@ApiProblems.Restricted
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @Operation(operationId = "erasePerson", summary = "Erase a person's data: delete what only they wrote, pseudonymise the rest",
            description = "The body's confirmation must be the person's current e-mail address. Pairs, shared check-in "
                    + "notes and every figure are kept without the person's identity; their login stops working.")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @Post("/{id}/erasure")
    ErasureResponse erase(UUID id, @Valid @Body ErasureRequest request, Caller caller) {
        return erasure.erase(caller, id, request);
    }
}
