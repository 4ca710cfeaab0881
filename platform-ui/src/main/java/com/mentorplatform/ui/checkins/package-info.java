/**
 * A pair's check-ins for its mentor and mentee: the history and the next scheduled one, whether the pair is
 * overdue against its cohort's cadence, logging or scheduling a check-in with feedback, actions and a private
 * note, and ticking actions done.
 */
package com.mentorplatform.ui.checkins;
