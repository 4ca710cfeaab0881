package com.mentorplatform.api.journal;

import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

/**
 * Which of a mentee's entries a caller may read, decided by {@link WorkspaceAccess}: the author reads
 * all of them; the mentor of an active or paused pair the shared ones; a former mentor the shared ones
 * as they stood when the pair ended (history, nothing written or changed since); programme staff,
 * leaders and everyone else none (a 404, as if the entry did not exist). Runs inside an open tenant
 * transaction.
 */
@Singleton
class JournalVisibility {

    static final String ENTRY = "Journal entry";

    private final WorkspaceAccess access;

    JournalVisibility(WorkspaceAccess access) {
        this.access = access;
    }

    /** What one reader sees: only shared entries, only those unchanged since a moment, or everything. */
    record Scope(boolean sharedOnly, @Nullable Instant changedBy) {

        static final Scope EVERYTHING = new Scope(false, null);

        boolean allows(JournalRow row) {
            return (row.shared() || !sharedOnly) && (changedBy == null || !row.updatedAt().isAfter(changedBy));
        }
    }

    /** The caller's scope over the mentee's journal; a 404 problem naming {@code what} when they have none. */
    Scope of(Caller caller, UUID menteeId, String what) {
        return switch (access.relationTo(caller, menteeId, what)) {
            case SELF -> Scope.EVERYTHING;
            case MENTOR -> new Scope(true, null);
            case FORMER_MENTOR -> new Scope(true, access.mentorshipEndedAt(caller, menteeId).orElse(Instant.EPOCH));
            case PROGRAMME_STAFF -> throw ProblemException.notFound(what);
        };
    }

    /** The entry if the caller may read it, else the same 404 as for an entry that does not exist. */
    JournalRow readable(Caller caller, JournalRow row) {
        if (!of(caller, row.menteeId(), ENTRY).allows(row)) {
            throw ProblemException.notFound(ENTRY);
        }
        return row;
    }

    /** The entry if the caller wrote it: nobody else changes a journal, not even the mentor. */
    JournalRow ownEntry(Caller caller, JournalRow row) {
        access.requireSelf(caller, row.menteeId(), ENTRY);
        return row;
    }
}
