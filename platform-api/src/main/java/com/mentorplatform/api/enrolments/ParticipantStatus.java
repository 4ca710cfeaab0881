package com.mentorplatform.api.enrolments;

/** Whether a participant is still in the cohort. */
enum ParticipantStatus { ENROLLED, WITHDRAWN }
