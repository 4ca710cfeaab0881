package com.mentorplatform.api.sponsorship;

/** What the mentor says the mentee is ready for. */
enum FlagKind {
    SPONSORSHIP, STRETCH_ASSIGNMENT
}
