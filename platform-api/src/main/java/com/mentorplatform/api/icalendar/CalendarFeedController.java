package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A person's calendar feed as calendar programs fetch it: no login (they cannot send one), the secret token in
 * the link says whose. Not cached anywhere on the way, as it is personal.
 */
@Tag(name = ApiTags.CALENDAR_FEEDS)
@Controller(CalendarFeeds.FEED_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarFeedController {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Operation(operationId = "getCalendarFeed",
            summary = "A person's check-ins of the last 90 days and all scheduled ones, as iCalendar "
                    + "(no login; the private link from createMyCalendarFeed)")
    @ApiResponse(responseCode = "200", description = "The feed (RFC 5545).",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string")))
    @ApiProblems.Invalid
    @ApiResponse(responseCode = "404", description = "No such link, or it was replaced or revoked.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @Get("/{token}" + CalendarFeeds.SUFFIX)
    @Produces(TEXT_CALENDAR + ";charset=utf-8")
    HttpResponse<String> feed(String token) {
        return HttpResponse.ok(feeds.feed(token)).header("Cache-Control", "private, no-store");
    }
}
