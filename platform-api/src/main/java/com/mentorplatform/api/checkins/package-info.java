/**
 * Check-ins of a mentor–mentee pair, scheduled or held: agenda, shared notes, structured feedback,
 * agreed actions and a progress rating, each member's private note readable by its author alone, and
 * whether the pair is overdue against its cohort's cadence.
 */
package com.mentorplatform.api.checkins;
