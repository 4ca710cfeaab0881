package com.mentorplatform.ui.matching;

/** A mentee a run left without a mentor, and why in words. */
record Unmatched(String menteeId, String menteeName, String reason, String explanation) {
}
