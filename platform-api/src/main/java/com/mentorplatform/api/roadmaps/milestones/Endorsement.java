package com.mentorplatform.api.roadmaps.milestones;

/** The mentor's answer to a milestone the mentee reached. */
public enum Endorsement {
    ENDORSED, SENT_BACK
}
