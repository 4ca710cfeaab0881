package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;

import java.util.UUID;

/** A roadmap the caller may reach, and how they stand towards its mentee. */
public record OpenRoadmap(UUID tenantId, UUID id, UUID menteeId, UUID cohortId, boolean archived,
                          Relation relation) {

    /**
     * Whether the caller may make a change that only {@code side} makes: they are that side and the roadmap is not
     * archived, which is what {@link RoadmapAccess#forMentee} and {@link RoadmapAccess#forMentor} let through.
     */
    public boolean writableBy(Relation side) {
        return relation == side && !archived;
    }
}
