package com.mentorplatform.api.enrolments;

/** The part a person takes in a cohort. */
enum ParticipantRole { MENTOR, MENTEE }
