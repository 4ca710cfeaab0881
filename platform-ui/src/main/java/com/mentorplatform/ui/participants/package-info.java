/**
 * Participant profiles in the console: what a mentor offers and what a mentee seeks. The same forms serve a
 * participant editing their own profile and HR correcting anyone's, opened from the people directory.
 */
package com.mentorplatform.ui.participants;
