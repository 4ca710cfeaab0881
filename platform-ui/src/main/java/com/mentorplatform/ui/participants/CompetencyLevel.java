package com.mentorplatform.ui.participants;

/** A level (1–5) in one competency, as a profile sends it; either part may be missing for the API to refuse. */
record CompetencyLevel(String competencyId, Integer level) {}
