package com.mentorplatform.ui.roadmaps;

import java.time.Instant;

/** One change of the roadmap's history, newest first, summed up in one readable line. */
record TimelineEntry(String id, Instant occurredAt, String actorId, String actorName, String subject,
        String subjectId, String action, String summary) {}
