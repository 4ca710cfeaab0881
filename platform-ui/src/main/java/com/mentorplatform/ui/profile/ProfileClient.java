package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;

import java.util.Map;

/** The signed-in person's own settings: mail kinds, the calendar feed link, and an export of their data. */
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

    DataExport requestDataExport() {
        return api.send("POST", "/api/me/data-exports", Map.of(), DataExport.class);
    }

    DataExport dataExport(String id) {
        return api.get(exportPath(id), DataExport.class);
    }

    byte[] dataExportFile(String id) {
        return api.download(exportPath(id) + "/file");
    }

    private static String exportPath(String id) {
        return "/api/data-exports/" + ApiPaths.encode(id);
    }

    /** Whether mail is set up for the organisation, and each kind switched on or off. */
    record MailPreferences(boolean mailEnabled, Map<String, Boolean> kinds) {
    }

    record CalendarFeed(String url) {
    }

    /** An export in the making: QUEUED, RUNNING, DONE or FAILED. */
    record DataExport(String id, String status, String failure, Long sizeBytes) {

        boolean finished() {
            return "DONE".equals(status) || "FAILED".equals(status);
        }
    }
}
