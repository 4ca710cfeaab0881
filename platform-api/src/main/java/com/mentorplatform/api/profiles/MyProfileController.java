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

/**
 * The caller's own profiles: a mentor edits their mentor profile, a mentee their mentee profile
 * (a person holding both roles edits both). No id is taken, so nobody reaches another's profile here.
 */
@Tag(name = ApiTags.PROFILES)
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiProblems.Restricted
class MyProfileController {

    private final MentorProfileService mentors;
    private final MenteeProfileService mentees;

    MyProfileController(MentorProfileService mentors, MenteeProfileService mentees) {
        this.mentors = mentors;
        this.mentees = mentees;
    }

    @Operation(operationId = "getMyMentorProfile", summary = "The caller's own mentor profile")
    @Get("/mentor-profile")
    @Secured(Role.MENTOR_ROLE)
    MentorProfileResponse mentorProfile(Caller caller) {
        return mentors.get(caller, caller.personId());
    }

    @Operation(operationId = "replaceMyMentorProfile", summary = "Replace the caller's own mentor profile")
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/mentor-profile")
    @Secured(Role.MENTOR_ROLE)
    MentorProfileResponse replaceMentorProfile(@Valid @Body MentorProfileRequest request, Caller caller) {
        return mentors.replace(caller, caller.personId(), request);
    }

    @Operation(operationId = "getMyMenteeProfile", summary = "The caller's own mentee profile")
    @Get("/mentee-profile")
    @Secured(Role.MENTEE_ROLE)
    MenteeProfileResponse menteeProfile(Caller caller) {
        return mentees.get(caller, caller.personId());
    }

    @Operation(operationId = "replaceMyMenteeProfile", summary = "Replace the caller's own mentee profile")
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put("/mentee-profile")
    @Secured(Role.MENTEE_ROLE)
    MenteeProfileResponse replaceMenteeProfile(@Valid @Body MenteeProfileRequest request, Caller caller) {
        return mentees.replace(caller, caller.personId(), request);
    }
}
