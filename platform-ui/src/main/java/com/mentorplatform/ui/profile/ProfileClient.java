package com.mentorplatform.ui.profile;

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

    MailPreferences mailPreferences() {
        return api.get(MAIL_PREFERENCES, MailPreferences.class);
    }

    MailPreferences switchMail(String kind, boolean on) {
        return api.send("PUT", MAIL_PREFERENCES, Map.of("kinds", Map.of(kind, on)), MailPreferences.class);
    }

    /** A new private feed link; any earlier one stops working. */
    String newCalendarFeed() {
        return api.send("POST", CALENDAR_FEED, Map.of(), CalendarFeed.class).url();
    }

    void revokeCalendarFeed() {
        api.send("DELETE", CALENDAR_FEED, null);
    }

    /** Whether mail is set up for the organisation, and each kind switched on or off. */
    record MailPreferences(boolean mailEnabled, Map<String, Boolean> kinds) {
    }

    record CalendarFeed(String url) {
    }
}
