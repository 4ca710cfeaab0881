package com.mentorplatform.ui.journal;

import com.mentorplatform.ui.workspace.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry as {@code /api/journal} returns it; {@code snippet} is set on search results only: part of the
 * body, HTML-escaped, with the matching words in {@code <mark>}.
 */
record JournalEntry(String id, String menteeId, LocalDate entryOn, String title, String body, boolean shared,
        List<Named> competencies, List<String> milestoneIds, String snippet, Instant createdAt, Instant updatedAt) {

    JournalEntry {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        milestoneIds = milestoneIds == null ? List.of() : List.copyOf(milestoneIds);
    }

    JournalEntryChange asChange() {
        return new JournalEntryChange(entryOn, title, body, shared,
                competencies.stream().map(Named::id).toList(), milestoneIds);
    }
}
