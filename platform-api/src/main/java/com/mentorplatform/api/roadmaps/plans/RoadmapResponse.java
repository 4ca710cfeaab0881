package com.mentorplatform.api.roadmaps.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.roadmaps.RoadmapStatus;
import com.mentorplatform.api.roadmaps.experiments.ExperimentResponse;
import com.mentorplatform.api.roadmaps.milestones.MilestoneResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A whole roadmap: vision, pace, milestones in order, experiments (open ones first), the workload
 * (running experiments against the tenant's limit, and warnings) and how the caller stands towards it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoadmapResponse(UUID id, UUID menteeId, String menteeName, UUID cohortId, String cohortName,
                              RoadmapStatus status, Vision vision, @Nullable @Schema(type = "object") Pace pace,
                              List<MilestoneResponse> milestones,
                              List<ExperimentResponse> experiments, int activeExperiments, int experimentLimit,
                              boolean overcommitted, List<String> warnings, Relation access, Instant createdAt,
                              Instant updatedAt) {
}
