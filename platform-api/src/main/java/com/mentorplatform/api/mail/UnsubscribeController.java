package com.mentorplatform.api.mail;

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

/**
 * The one-click unsubscribe link of every mail: no login, the signed token says who and which kind. GET is the
 * link a person opens; POST is what mail programs send for {@code List-Unsubscribe-Post} (RFC 8058).
 */
@Controller(MailOutbox.UNSUBSCRIBE_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class UnsubscribeController {

    private final MailPreferences preferences;

    UnsubscribeController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    String open(@Nullable @QueryValue String token) {
        return preferences.unsubscribe(token);
    }

    @Post(consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.ALL})
    @Produces(MediaType.TEXT_PLAIN)
    String oneClick(@Nullable @QueryValue String token) {
        return preferences.unsubscribe(token);
    }
}
