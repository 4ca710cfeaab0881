package com.mentorplatform.api.mail;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import com.mentorplatform.api.security.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The caller's own choice of which notifications reach them by e-mail. */
@Tag(name = ApiTags.MAIL)
@Controller("/api/me/mail-preferences")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiProblems.SignedIn
class MailPreferencesController {

    private final MailPreferences preferences;

    MailPreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @Operation(operationId = "getMyMailPreferences", summary = "Which notification kinds reach the caller by e-mail")
    @Get
    MailPreferencesResponse mine(Caller caller) {
        return preferences.mine(caller);
    }

    @Operation(operationId = "updateMyMailPreferences",
            summary = "Switch notification kinds on or off for e-mail; kinds not named keep their setting")
    @ApiProblems.WithBody
    @Put
    MailPreferencesResponse update(@Body @Valid MailPreferencesRequest request, Caller caller) {
        return preferences.update(caller, request);
    }
}
