package com.mentorplatform.api.icalendar;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The private link to the caller's calendar feed, to paste into a calendar program as a subscription. It is
 * shown only now: the platform keeps no copy it could show again, only a new one can be made.
 */
@Serdeable
record CalendarFeedResponse(String url) {
}
