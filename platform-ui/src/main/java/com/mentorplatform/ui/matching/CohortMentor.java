package com.mentorplatform.ui.matching;

/** A mentor enrolled in the cohort, offered when assigning by hand or rematching. */
record CohortMentor(String personId, String displayName, Integer mentorCapacity) {
}
