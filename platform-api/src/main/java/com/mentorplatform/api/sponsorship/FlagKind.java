package com.mentorplatform.api.sponsorship;

/** What the mentor says the mentee is ready for. */
public enum FlagKind {
    SPONSORSHIP, STRETCH_ASSIGNMENT
}
