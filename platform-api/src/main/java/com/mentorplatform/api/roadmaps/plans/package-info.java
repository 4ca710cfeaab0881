/**
 * The roadmap itself: created by a mentee for a cohort (replacing and archiving an earlier one), its
 * vision and target role, the agreed sustainable pace, and the whole plan as one document.
 */
package com.mentorplatform.api.roadmaps.plans;
