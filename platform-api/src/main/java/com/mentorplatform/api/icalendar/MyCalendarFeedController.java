package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own private calendar feed link: made (or replaced) and revoked. */
@Tag(name = ApiTags.CALENDAR_FEEDS)
@Controller("/api/me/calendar-feed")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiProblems.SignedIn
class MyCalendarFeedController {

    private final CalendarFeeds feeds;

    MyCalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Operation(operationId = "createMyCalendarFeed",
            summary = "Make a private link to the caller's check-ins as an iCalendar feed, shown once; "
                    + "an earlier link stops working")
    @Status(HttpStatus.CREATED)
    @Post
    HttpResponse<CalendarFeedResponse> create(Caller caller) {
        return HttpResponse.created(feeds.create(caller));
    }

    @Operation(operationId = "revokeMyCalendarFeed", summary = "Stop the caller's calendar feed link from working")
    @Delete
    HttpResponse<Void> revoke(Caller caller) {
        feeds.revoke(caller);
        return HttpResponse.noContent();
    }
}
