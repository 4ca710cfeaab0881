package com.mentorplatform.ui.journal;

import com.mentorplatform.client.model.JournalEntryResponse;
import com.mentorplatform.client.model.JournalPage;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    JournalEntryResponse create(JournalEntryChange entry) {
        return api.send("POST", JOURNAL, entry, JournalEntryResponse.class);
    }

    JournalEntryResponse update(UUID id, JournalEntryChange entry) {
        return api.send("PATCH", entryPath(id), entry, JournalEntryResponse.class);
    }

    /** Shares the entry with the mentor, or makes it private again. */
    JournalEntryResponse share(UUID id, boolean shared) {
        return api.send("PATCH", entryPath(id), Map.of("shared", shared), JournalEntryResponse.class);
    }

    void delete(UUID id) {
        api.send("DELETE", entryPath(id), null);
    }

    /** The user's pairs, whose mentees' names title a mentee's page. */
    List<PairResponse> pairs() {
        return api.getList("/api/me/pairs", PairResponse.class);
    }

    /** Whether another page follows this one. */
    static boolean hasNext(JournalPage page) {
        return page.getNext() != null && !page.getNext().isEmpty();
    }

    private static String entryPath(UUID id) {
        return JOURNAL + "/" + ApiPaths.encode(id.toString());
    }
}
