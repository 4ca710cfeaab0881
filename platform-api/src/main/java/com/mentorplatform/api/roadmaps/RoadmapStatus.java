package com.mentorplatform.api.roadmaps;

/** A roadmap is worked on while ACTIVE; a new roadmap for the same mentee and cohort archives the old one. */
public enum RoadmapStatus {
    ACTIVE, ARCHIVED
}
