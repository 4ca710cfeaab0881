/**
 * A cohort's own page for HR: its dates, cadence and status (moved through the allowed transitions), how full
 * it is, its matching weights, and its participants.
 */
package com.mentorplatform.ui.cohorts;
