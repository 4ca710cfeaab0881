package com.mentorplatform.ui.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change in a person's history: the field ({@code level}, {@code department}, {@code job_title},
 * {@code manager} as the manager's id, {@code location}, {@code status} as ACTIVE or LEFT), the values before
 * and after, when it took effect, where it came from (CREATE, EDIT, IMPORT) and who made it (a person's id).
 */
record HistoryEntry(String field, String oldValue, String newValue, LocalDate effectiveOn, String source,
        String importId, String actorId, Instant recordedAt) {

    static final String MANAGER = "manager";
}
