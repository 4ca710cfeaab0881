package com.mentorplatform.ui.journal;

import java.time.LocalDate;
import java.util.List;

/** A new entry or the whole of an edited one, as the form filled it in. */
record JournalEntryChange(LocalDate entryOn, String title, String body, boolean shared, List<String> competencyIds,
        List<String> milestoneIds) {
}
