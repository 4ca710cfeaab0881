package com.mentorplatform.api.checkins;

/** Where a check-in stands: planned for a future time, held (logged), or called off. */
enum CheckInStatus {
    SCHEDULED, HELD, CANCELLED
}
