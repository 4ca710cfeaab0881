package com.mentorplatform.api.programmes;

/** How a programme pairs people: one mentor with one mentee at a time, or a mentor with a group. */
enum ProgrammeType { ONE_TO_ONE, GROUP }
