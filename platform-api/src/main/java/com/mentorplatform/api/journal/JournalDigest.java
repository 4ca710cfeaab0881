package com.mentorplatform.api.journal;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What other features read about journals (progress and engagement views): numbers only, never an
 * entry's content. Runs inside an open tenant transaction and assumes the caller's access to the
 * mentees was already checked.
 */
@Singleton
class JournalDigest {

    private final JournalRepository entries;

    JournalDigest(JournalRepository entries) {
        this.entries = entries;
    }

    /**
     * For each mentee, in one query: the entries dated within [from, to] (private ones counted, not
     * shown) and how many of them are shared with the mentor. Mentees without entries count zero.
     */
    public List<JournalActivity> activity(UUID tenantId, Collection<UUID> menteeIds, LocalDate from, LocalDate to) {
        if (menteeIds.isEmpty()) {
            return List.of();
        }
        return entries.activity(tenantId, menteeIds.stream().map(UUID::toString).toArray(String[]::new), from, to);
    }
}
