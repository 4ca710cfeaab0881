package com.mentorplatform.api.mail;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one-click unsubscribe link of every mail: no login, the signed token says who and which kind. GET is the
 * link a person opens; POST is what mail programs send for {@code List-Unsubscribe-Post} (RFC 8058).
 */
@Tag(name = ApiTags.MAIL)
@Controller(MailOutbox.UNSUBSCRIBE_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@ApiProblems.Invalid
@ApiResponse(responseCode = "404", description = "The person the link was made for no longer exists.",
        content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
class UnsubscribeController {

    private final MailPreferences preferences;

    UnsubscribeController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @Operation(operationId = "unsubscribeFromMail",
            summary = "Switch off the kind of mail a signed unsubscribe link names (no login; the link a person opens)")
    @Get
    @Produces(MediaType.TEXT_PLAIN)
    String open(@Nullable @QueryValue String token) {
        return preferences.unsubscribe(token);
    }

    @Operation(operationId = "unsubscribeFromMailOneClick",
            summary = "The same, as mail programs send it for List-Unsubscribe-Post (RFC 8058)")
    @Post(consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.ALL})
    @Produces(MediaType.TEXT_PLAIN)
    String oneClick(@Nullable @QueryValue String token) {
        return preferences.unsubscribe(token);
    }
}
