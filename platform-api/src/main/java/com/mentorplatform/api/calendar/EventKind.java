package com.mentorplatform.api.calendar;

/** What an organisational event is; milestones align to some kinds (promotion rounds) more than others. */
enum EventKind {
    PROMOTION_ROUND, BUDGET_CYCLE, PERFORMANCE_REVIEW, OTHER
}
