package com.mentorplatform.api.roadmaps.plans;

/** What a roadmap's pace counts in each period. */
enum PaceMeasure {
    EXPERIMENTS_CLOSED, MILESTONES_REACHED, CHECK_INS_HELD, JOURNAL_ENTRIES
}
