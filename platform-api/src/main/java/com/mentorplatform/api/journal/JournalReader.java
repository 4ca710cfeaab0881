package com.mentorplatform.api.journal;

import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Reads journals: one's own (with full-text search), or a mentee's shared entries as their mentor. What
 * a caller may see is decided by {@link JournalVisibility}; a private entry never leaves its author.
 */
@Singleton
class JournalReader {

    static final int DEFAULT_PAGE_SIZE = 20;
    private static final String JOURNAL = "Journal";

    private final JournalRepository entries;
    private final JournalVisibility visibility;
    private final JournalResponses responses;
    private final TenantScope tenantScope;

    JournalReader(JournalRepository entries, JournalVisibility visibility, JournalResponses responses,
                  TenantScope tenantScope) {
        this.entries = entries;
        this.visibility = visibility;
        this.responses = responses;
        this.tenantScope = tenantScope;
    }

    /**
     * A page of the mentee's entries (the caller's own when {@code menteeId} is null) the caller may read,
     * newest first; with {@code q}, a search of the caller's own entries, best match first.
     */
    JournalPage page(Caller caller, @Nullable UUID menteeId, @Nullable String q, @Nullable String after, int limit) {
        UUID mentee = menteeId == null ? caller.personId() : menteeId;
        String query = FreeText.optional(q);
        if (query != null && !mentee.equals(caller.personId())) {
            throw ProblemException.invalidField("q", "searches only your own journal; leave out menteeId");
        }
        JournalCursor cursor = JournalCursor.decode(after, query != null);
        UUID tenantId = caller.tenantId();
        return tenantScope.read(tenantId, () -> {
            JournalVisibility.Scope scope = visibility.of(caller, mentee, JOURNAL);
            List<JournalRow> rows = query == null
                    ? entries.page(tenantId, mentee, scope.sharedOnly(), scope.changedBy(),
                            cursor == null ? null : cursor.entryOn(), cursor == null ? null : cursor.id(),
                            Keyset.rowsFor(limit))
                    : entries.search(tenantId, mentee, query, cursor == null ? null : cursor.rank(),
                            cursor == null ? null : cursor.entryOn(), cursor == null ? null : cursor.id(),
                            Keyset.rowsFor(limit));
            Keyset<JournalRow> page = Keyset.of(rows, limit, last -> JournalCursor.after(last).encode());
            return new JournalPage(responses.of(tenantId, page.items()), page.next());
        });
    }

    JournalEntryResponse get(Caller caller, UUID id) {
        UUID tenantId = caller.tenantId();
        return tenantScope.read(tenantId, () -> responses.of(tenantId, visibility.readable(caller,
                entries.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(JournalVisibility.ENTRY)))));
    }
}
