package com.mentorplatform.api.roadmaps;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A milestone another record may link to (a journal entry, evidence): its title and the competencies it
 * develops, given as comma-separated ids.
 */
@MappedEntity
record MilestoneLink(@Id UUID id, String title, String competencyIds) {

    /** The competencies the milestone develops. */
    List<UUID> competencies() {
        return competencyIds.isEmpty() ? List.of()
                : Arrays.stream(competencyIds.split(",")).map(UUID::fromString).toList();
    }
}
