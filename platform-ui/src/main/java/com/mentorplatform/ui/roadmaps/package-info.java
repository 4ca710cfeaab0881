/**
 * Career roadmaps in the console: the mentee's own roadmap (vision, competency gaps, milestones, experiments,
 * pace, reviews and the history of every change) and the same page for their mentor, HR and former mentors,
 * with what each may do decided by the API's {@code access}.
 */
package com.mentorplatform.ui.roadmaps;
