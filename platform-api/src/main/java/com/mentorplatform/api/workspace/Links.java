package com.mentorplatform.api.workspace;

import java.util.List;
import java.util.UUID;

/**
 * Checked links of one record, each once, in the order they are read back: the competencies named and
 * by name, the milestones by id.
 */
public record Links(List<CompetencyRef> competencies, List<UUID> milestoneIds) {

    /** A record without links. */
    public static final Links NONE = new Links(List.of(), List.of());

    public Links {
        competencies = List.copyOf(competencies);
        milestoneIds = List.copyOf(milestoneIds);
    }

    public List<UUID> competencyIds() {
        return competencies.stream().map(CompetencyRef::id).toList();
    }

    /** The competency ids as a SQL array parameter ({@code CAST(:ids AS uuid[])}). */
    public String[] competencyArray() {
        return competencies.stream().map(c -> c.id().toString()).toArray(String[]::new);
    }

    /** The milestone ids as a SQL array parameter. */
    public String[] milestoneArray() {
        return milestoneIds.stream().map(UUID::toString).toArray(String[]::new);
    }
}
