package com.mentorplatform.api.roadmaps.milestones;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A milestone as the API shows it.
 *
 * @param onTime  whether it was reached on or before its due date; null while not reached
 * @param overdue whether it is still open after its due date
 * @param allowedTransitions the statuses the caller may move it to next by {@code POST /api/milestones/{id}/status},
 *        by the API's own rule: computed for the caller, so only the mentee of an active roadmap gets any (none
 *        once reached or dropped), and clients never copy the rule
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneResponse(UUID id, UUID roadmapId, int position, String title, List<UUID> competencyIds,
                                List<String> competencyNames, @Nullable String minimumExperience,
                                @Nullable String expectedOutcomes, String criteria, LocalDate dueOn,
                                @Nullable UUID calendarEventId, @Nullable String calendarEventName,
                                @Nullable String alternativeRoutes, MilestoneStatus status, @Nullable Instant startedAt,
                                @Nullable Instant reachedAt, @Nullable Instant droppedAt, @Nullable String reachedNote,
                                @Nullable Boolean onTime, boolean overdue,
                                @Nullable @Schema(type = "string") Endorsement endorsement,
                                @Nullable UUID endorsedBy, @Nullable String endorsedByName, @Nullable Instant endorsedAt,
                                @Nullable String endorsementComment, List<MilestoneStatus> allowedTransitions) {

    /** The milestone on {@code today}, as the caller who opened {@code roadmap} sees it. */
    static MilestoneResponse of(MilestoneRow m, LocalDate today, OpenRoadmap roadmap) {
        Boolean onTime = m.reachedAt() == null ? null
                : !m.reachedAt().atZone(ZoneOffset.UTC).toLocalDate().isAfter(m.dueOn());
        boolean overdue = m.status().open() && m.dueOn().isBefore(today);
        return new MilestoneResponse(m.id(), m.roadmapId(), m.position(), m.title(),
                List.of(m.competencyIds()).stream().map(UUID::fromString).toList(), List.of(m.competencyNames()),
                m.minimumExperience(), m.expectedOutcomes(), m.criteria(), m.dueOn(), m.calendarEventId(),
                m.calendarEventName(), m.alternativeRoutes(), m.status(), m.startedAt(), m.reachedAt(), m.droppedAt(),
                m.reachedNote(), onTime, overdue, m.endorsement(), m.endorsedBy(), m.endorsedByName(), m.endorsedAt(),
                m.endorsementComment(), m.status().allowedNextFor(roadmap));
    }
}
