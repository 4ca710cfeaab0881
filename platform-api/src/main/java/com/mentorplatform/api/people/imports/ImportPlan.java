package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * What an import file would do to the directory: who is created, who is updated (with their state
 * before), how many stay unchanged, and every problem. A plan with problems is never applied.
 */
record ImportPlan(int totalRows, List<Planned> creates, List<Planned> updates, int unchanged,
                  List<ImportProblem> problems, boolean setsLanguage, boolean setsTimeZone) {

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A row with its person's id (new or existing), resolved manager, and the person before (null when new). */
    record Planned(PersonRow row, UUID id, @Nullable UUID managerId, @Nullable ExistingPerson before) {
    }
}
