package com.mentorplatform.ui.participants;

/** A competency level of a stored profile, with the competency's name. */
record RatedCompetency(String competencyId, String competencyName, int level) {}
