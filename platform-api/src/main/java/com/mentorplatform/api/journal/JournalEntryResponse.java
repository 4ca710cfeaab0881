package com.mentorplatform.api.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.workspace.CompetencyRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry as its author or a mentor reading it sees it. {@code snippet} is set on search hits
 * only: part of the body, HTML-escaped, with the matching words in {@code <mark>}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record JournalEntryResponse(UUID id, UUID menteeId, LocalDate entryOn, String title, String body, boolean shared,
                            List<CompetencyRef> competencies, List<UUID> milestoneIds, @Nullable String snippet,
                            Instant createdAt, Instant updatedAt) {

    JournalEntryRequest asRequest() {
        return new JournalEntryRequest(entryOn, title, body, shared,
                competencies.stream().map(CompetencyRef::id).toList(), milestoneIds);
    }
}
