package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.roadmaps.RoadmapStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code roadmaps} with the names of its mentee, cohort and target role. */
@MappedEntity("roadmaps")
record RoadmapRow(@Id UUID id, UUID menteeId, String menteeName, UUID cohortId, String cohortName, RoadmapStatus status,
                  String aspiration, @Nullable String whyItMatters, @Nullable String successLooksLike,
                  int horizonMonths, @Nullable UUID targetRoleId, @Nullable String targetRoleName,
                  @Nullable String paceStatement, @Nullable PaceMeasure paceMeasure, @Nullable Integer paceMinimum,
                  @Nullable Integer pacePeriodDays, @Nullable Instant paceAgreedByMenteeAt,
                  @Nullable Instant paceAgreedByMentorAt, Instant createdAt, Instant updatedAt) {
}
