/**
 * Career roadmaps: the competency gap analysis that drives a mentee's plan, from the levels the
 * target role requires and the mentee's self-rated and mentor-rated levels.
 */
package com.mentorplatform.analytics.roadmaps;
