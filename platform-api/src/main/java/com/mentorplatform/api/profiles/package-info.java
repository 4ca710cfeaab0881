/**
 * Participant profiles, one per person: what a mentor offers and what a mentee seeks. Matching and
 * roadmaps read them; each participant edits their own, HR sees and corrects anyone's.
 */
package com.mentorplatform.api.profiles;
