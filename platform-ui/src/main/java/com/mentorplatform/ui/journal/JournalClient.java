package com.mentorplatform.ui.journal;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;

/** The growth journal at {@code /api/journal}: one's own entries, or what a mentee shared with their mentor. */
final class JournalClient {

    static final int PAGE_SIZE = 20;
    private static final String JOURNAL = "/api/journal";

    private final ApiClient api;

    JournalClient(ApiClient api) {
        this.api = api;
    }

    /** A page of the user's own entries, newest first; with {@code search}, the best matches first. */
    JournalPage mine(String search, String after) {
        return api.get(JOURNAL + ApiPaths.query(Map.of("q", ApiPaths.orEmpty(search), "after", ApiPaths.orEmpty(after),
                "limit", String.valueOf(PAGE_SIZE))), JournalPage.class);
    }

    /** A page of what the mentee shared with the user as their mentor. */
    JournalPage sharedBy(String menteeId, String after) {
        return api.get(JOURNAL + ApiPaths.query(Map.of("menteeId", menteeId, "after", ApiPaths.orEmpty(after),
                "limit", String.valueOf(PAGE_SIZE))), JournalPage.class);
    }

    JournalEntry create(JournalEntryChange entry) {
        return api.send("POST", JOURNAL, entry, JournalEntry.class);
    }

    JournalEntry update(String id, JournalEntryChange entry) {
        return api.send("PATCH", entryPath(id), entry, JournalEntry.class);
    }

    /** Shares the entry with the mentor, or makes it private again. */
    JournalEntry share(String id, boolean shared) {
        return api.send("PATCH", entryPath(id), Map.of("shared", shared), JournalEntry.class);
    }

    void delete(String id) {
        api.send("DELETE", entryPath(id), null);
    }

    /** The user's mentees as their pairs name them, to title a mentee's page. */
    List<Mentee> mentees() {
        return api.getList("/api/me/pairs", Mentee.class);
    }

    /** The mentee of one of the user's pairs. */
    record Mentee(String menteeId, String menteeName) {
    }

    private static String entryPath(String id) {
        return JOURNAL + "/" + ApiPaths.encode(id);
    }
}
