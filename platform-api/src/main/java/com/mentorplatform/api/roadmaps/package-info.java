/**
 * Career roadmaps: a mentee's vision, competency gaps, milestones, experiments, review points and the
 * history of every change, shared with their mentor.
 */
package com.mentorplatform.api.roadmaps;
