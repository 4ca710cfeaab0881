package com.mentorplatform.ui.profile;

import com.mentorplatform.client.model.CalendarFeedResponse;
import com.mentorplatform.client.model.MailPreferencesResponse;
import com.mentorplatform.ui.api.ApiClient;
import java.util.Map;

/** The signed-in person's own settings: mail kinds, and the calendar feed link. */
final class ProfileClient {

    private static final String MAIL_PREFERENCES = "/api/me/mail-preferences";
    private static final String CALENDAR_FEED = "/api/me/calendar-feed";

    private final ApiClient api;

    ProfileClient(ApiClient api) {
        this.api = api;
    }

    /** Whether mail is set up for the organisation, and each kind switched on or off. */
    MailPreferencesResponse mailPreferences() {
        return api.get(MAIL_PREFERENCES, MailPreferencesResponse.class);
    }

    MailPreferencesResponse switchMail(String kind, boolean on) {
        return api.send("PUT", MAIL_PREFERENCES, Map.of("kinds", Map.of(kind, on)), MailPreferencesResponse.class);
    }

    /** A new private feed link; any earlier one stops working. */
    String newCalendarFeed() {
        return api.send("POST", CALENDAR_FEED, Map.of(), CalendarFeedResponse.class).getUrl();
    }

    void revokeCalendarFeed() {
        api.send("DELETE", CALENDAR_FEED, null);
    }
}
