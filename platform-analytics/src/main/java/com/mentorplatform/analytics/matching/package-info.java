/**
 * Mentor–mentee matching for a cohort: scores every candidate pair from the two profiles, never
 * proposes a pair that breaks a hard rule, and finds the assignment with the highest total score
 * for the whole cohort at once, explaining each proposal and each mentee left unmatched.
 */
package com.mentorplatform.analytics.matching;
