package com.mentorplatform.api.sponsorship;

/** Which flags HR lists: the open ones, or all of them. */
enum FlagFilter {
    OPEN, ALL
}
