/**
 * Mentor–mentee pairs of a cohort and their lifecycle (proposed, active, paused, completed or ended
 * early with a reason), every change kept with who made it; participants see their own pairs.
 */
package com.mentorplatform.api.pairs;
