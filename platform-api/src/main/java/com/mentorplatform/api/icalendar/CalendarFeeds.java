package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantStatus;
import com.mentorplatform.api.tenancy.TenantTokens;
import com.mentorplatform.api.text.Urls;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Each person's private calendar feed of their check-ins. The link carries a secret token ({@link TenantTokens}:
 * the tenant, then 256 random bits) shown once when it is made; only its hash is kept, so making a new one or
 * revoking it ends the old link. Opening the link needs no login: the tenant named in the token scopes the
 * lookup, under row-level security like every other read, and a made-up tenant or secret finds nothing.
 */
@Singleton
class CalendarFeeds {

    static final String FEED_PATH = "/api/calendar-feeds";
    static final String SUFFIX = ".ics";
    /** How far back a feed reaches: recent check-ins stay in the calendar, older ones fall out of it. */
    static final Duration RECENT = Duration.ofDays(90);
    /** Far more than a pair schedules in a year; keeps one feed request small whatever the data. */
    static final int MOST_EVENTS = 500;

    private final CalendarRepository repository;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final String publicApiUrl;
    private final TenantStatus tenantStatus;

    CalendarFeeds(CalendarRepository repository, TenantScope tenantScope, Clock clock,
                  @Value("${platform.public-api.url:`http://localhost:8080`}") String publicApiUrl,
                  TenantStatus tenantStatus) {
        this.repository = repository;
        this.tenantStatus = tenantStatus;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.publicApiUrl = Urls.withoutTrailingSlash(publicApiUrl);
    }

    /** A new link to the caller's feed; any earlier link stops working. */
    CalendarFeedResponse create(Caller caller) {
        TenantTokens.Minted minted = TenantTokens.mint(caller.tenantId());
        tenantScope.write(caller.tenantId(), () -> {
            repository.saveToken(caller.tenantId(), caller.personId(), minted.hash());
            return null;
        });
        return new CalendarFeedResponse(publicApiUrl + FEED_PATH + "/" + minted.token() + SUFFIX);
    }

    /** Ends the caller's link, if they have one. */
    void revoke(Caller caller) {
        tenantScope.write(caller.tenantId(), () -> {
            repository.deleteFeed(caller.tenantId(), caller.personId());
            return null;
        });
    }

    /**
     * The iCalendar text of the feed a token opens: its person's check-ins of the last 90 days and all scheduled
     * ones. A token not shaped like one is a 400 naming it; an unknown or revoked one, one whose person has
     * left, or one of a tenant that is no longer active, a 404.
     */
    String feed(String token) {
        TenantTokens.Parsed parsed = TenantTokens.parse(token)
                .orElseThrow(() -> ProblemException.invalidField("token", "is not a calendar feed token"));
        if (!tenantStatus.active(parsed.tenantId())) {
            throw ProblemException.notFound("Calendar feed");
        }
        return tenantScope.read(parsed.tenantId(), () -> {
            CalendarFeed feed = repository.feedByHash(parsed.tenantId(), parsed.hash())
                    .orElseThrow(() -> ProblemException.notFound("Calendar feed"));
            List<EventFacts> events = repository.events(feed.tenantId(), feed.personId(),
                    clock.instant().minus(RECENT), MOST_EVENTS);
            return CheckInEvents.feed("Mentoring check-ins", events);
        });
    }
}
