package com.mentorplatform.api.enrolments;

/** Whether a participant is still in the cohort. */
public enum ParticipantStatus { ENROLLED, WITHDRAWN }
