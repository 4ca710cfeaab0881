/**
 * A cohort's participants for HR: the lazily paged participant list with its filters, enrolling one person or
 * many by a directory filter (previewed first), withdrawing, changing a mentor's capacity, and the history.
 */
package com.mentorplatform.ui.enrolments;
