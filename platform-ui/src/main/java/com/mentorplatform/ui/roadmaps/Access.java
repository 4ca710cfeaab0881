package com.mentorplatform.ui.roadmaps;

/** How the reader stands towards the roadmap's mentee, as the API says; it decides which buttons show. */
enum Access {
    SELF,
    MENTOR,
    FORMER_MENTOR,
    PROGRAMME_STAFF
}
