package com.mentorplatform.ui.roadmaps;

import java.time.Instant;
import java.time.LocalDate;

/** A dated review point of the roadmap: what changed and why, by whom. */
record Review(String id, LocalDate reviewedOn, String summary, String why, String authorId, String authorName,
        Instant createdAt) {}
