/**
 * A mentor's or mentee's own pairs ("My mentoring"): who they are paired with, in which cohort, the pair's
 * status and why they were matched.
 */
package com.mentorplatform.ui.pairs;
