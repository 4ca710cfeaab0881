package com.mentorplatform.ui.analytics;

import java.time.LocalDate;

/** One pair behind a number, for HR's drill-down. */
record PairRow(String pairId, String cohortId, String cohortName, String mentorName, String menteeName,
        String status, Double score, LocalDate lastCheckInOn, Integer daysSinceCheckIn, Integer cadenceDays,
        Integer milestonesReached, Integer milestones, String endReason) {
}
