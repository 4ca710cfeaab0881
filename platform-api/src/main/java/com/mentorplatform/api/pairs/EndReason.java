package com.mentorplatform.api.pairs;

/** Why a pair ended early; {@link #OTHER} needs a note saying what happened. */
enum EndReason {
    NOT_A_GOOD_FIT, NO_TIME, LEFT_THE_COMPANY, ROLE_CHANGE, GOALS_MET_EARLY, OTHER
}
