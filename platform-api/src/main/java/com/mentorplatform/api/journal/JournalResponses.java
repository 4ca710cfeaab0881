package com.mentorplatform.api.journal;

import com.mentorplatform.api.workspace.Links;
import com.mentorplatform.api.workspace.WorkspaceLinks;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns entry rows into responses with their links, two queries for a whole page. */
@Singleton
class JournalResponses {

    private final JournalRepository entries;
    private final WorkspaceLinks links;

    JournalResponses(JournalRepository entries, WorkspaceLinks links) {
        this.entries = entries;
        this.links = links;
    }

    List<JournalEntryResponse> of(UUID tenantId, List<JournalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(JournalRow::id).toList();
        Map<UUID, Links> linked = links.linksByOwner(tenantId, entries, ids);
        return rows.stream().map(row -> {
            Links own = linked.getOrDefault(row.id(), Links.NONE);
            return new JournalEntryResponse(row.id(), row.menteeId(), row.entryOn(), row.title(), row.body(),
                    row.shared(), own.competencies(), own.milestoneIds(), row.snippet(), row.createdAt(),
                    row.updatedAt());
        }).toList();
    }

    JournalEntryResponse of(UUID tenantId, JournalRow row) {
        return of(tenantId, List.of(row)).get(0);
    }

    /** The response of a row whose links were just written, without reading them back. */
    static JournalEntryResponse of(JournalRow row, Links links) {
        return new JournalEntryResponse(row.id(), row.menteeId(), row.entryOn(), row.title(), row.body(), row.shared(),
                links.competencies(), links.milestoneIds(), null, row.createdAt(), row.updatedAt());
    }
}
