/**
 * Oversight of pairs: a mentor's mentees and HR's pair health for a cohort, each pair with its check-in
 * cadence, roadmap progress, open sponsorship flags and the reasons it needs attention, in words. Numbers
 * only: never a note, journal entry or other private content.
 */
package com.mentorplatform.api.oversight;
