package com.mentorplatform.api.profiles;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * Anyone's profiles, for HR to see and correct. Mentors and mentees get 403 here even for their own
 * id (they use {@code /api/me/...}); a person of another tenant is a 404.
 */
@Tag(name = ApiTags.PROFILES)
@Controller("/api/people/{personId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class PersonProfileController {

    private final MentorProfileService mentors;
    private final MenteeProfileService mentees;

    PersonProfileController(MentorProfileService mentors, MenteeProfileService mentees) {
        this.mentors = mentors;
        this.mentees = mentees;
    }

    @Operation(operationId = "getMentorProfile", summary = "A person's mentor profile")
    @ApiProblems.ById
    @Get("/mentor-profile")
    MentorProfileResponse mentorProfile(UUID personId, Caller caller) {
        return mentors.get(caller, personId);
    }

    @Operation(operationId = "replaceMentorProfile", summary = "Replace a person's mentor profile")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/mentor-profile")
    MentorProfileResponse replaceMentorProfile(UUID personId, @Valid @Body MentorProfileRequest request,
                                               Caller caller) {
        return mentors.replace(caller, personId, request);
    }

    @Operation(operationId = "getMenteeProfile", summary = "A person's mentee profile")
    @ApiProblems.ById
    @Get("/mentee-profile")
    MenteeProfileResponse menteeProfile(UUID personId, Caller caller) {
        return mentees.get(caller, personId);
    }

    @Operation(operationId = "replaceMenteeProfile", summary = "Replace a person's mentee profile")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/mentee-profile")
    MenteeProfileResponse replaceMenteeProfile(UUID personId, @Valid @Body MenteeProfileRequest request,
                                               Caller caller) {
        return mentees.replace(caller, personId, request);
    }
}
