package com.mentorplatform.ui.journal;

import java.util.List;

/** One page of entries and the cursor of the next (null on the last). */
record JournalPage(List<JournalEntry> items, String next) {

    JournalPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    boolean hasNext() {
        return next != null && !next.isEmpty();
    }
}
