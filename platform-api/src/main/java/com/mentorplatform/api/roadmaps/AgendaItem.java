package com.mentorplatform.api.roadmaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something on a mentee's active roadmaps worth talking about at the next check-in: an experiment
 * under way, or a milestone that is open and due soon or overdue.
 *
 * @param kind {@code EXPERIMENT} or {@code MILESTONE}
 * @param due  the experiment's end or the milestone's due date
 */
@Serdeable
@MappedEntity
public record AgendaItem(String kind, @Id UUID id, String title, String status, @Nullable LocalDate due) {
}
