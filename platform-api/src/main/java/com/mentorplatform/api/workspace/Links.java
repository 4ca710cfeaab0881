package com.mentorplatform.api.workspace;

import java.util.List;
import java.util.UUID;

/** Checked links of one record: each id once, in the order given. */
public record Links(List<UUID> competencyIds, List<UUID> milestoneIds) {

    public Links {
        competencyIds = List.copyOf(competencyIds);
        milestoneIds = List.copyOf(milestoneIds);
    }

    /** The competency ids as a SQL array parameter ({@code CAST(:ids AS uuid[])}). */
    public String[] competencyArray() {
        return competencyIds.stream().map(UUID::toString).toArray(String[]::new);
    }

    /** The milestone ids as a SQL array parameter. */
    public String[] milestoneArray() {
        return milestoneIds.stream().map(UUID::toString).toArray(String[]::new);
    }
}
