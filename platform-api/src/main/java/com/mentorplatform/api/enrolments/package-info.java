/**
 * Who takes part in a cohort: mentors (with the number of mentees they take) and mentees, enrolled
 * one by one or in bulk by filter, withdrawn with a reason, every change kept in an append-only history.
 */
package com.mentorplatform.api.enrolments;
