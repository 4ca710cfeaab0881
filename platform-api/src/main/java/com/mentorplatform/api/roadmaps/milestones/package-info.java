/**
 * A roadmap's milestones: what each develops, its criteria and due date (aligned to the organisational
 * calendar), the mentee's progress through it, and the mentor's endorsement or sending back.
 */
package com.mentorplatform.api.roadmaps.milestones;
