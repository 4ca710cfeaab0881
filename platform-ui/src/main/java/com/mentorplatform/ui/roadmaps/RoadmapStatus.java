package com.mentorplatform.ui.roadmaps;

/** A roadmap is worked on while ACTIVE; an ARCHIVED one (replaced by a newer roadmap) is kept read-only. */
enum RoadmapStatus {
    ACTIVE,
    ARCHIVED
}
