package com.mentorplatform.api.enrolments;

/** The part a person takes in a cohort. */
public enum ParticipantRole { MENTOR, MENTEE }
