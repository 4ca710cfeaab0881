package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;

import java.util.UUID;

/** A roadmap the caller may reach, and how they stand towards its mentee. */
public record OpenRoadmap(UUID tenantId, UUID id, UUID menteeId, UUID cohortId, boolean archived,
                          Relation relation) {
}
