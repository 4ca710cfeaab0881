/**
 * Evidence that proves a mentee's readiness (dashboards, case studies, documented outcomes, links and
 * files), each with the impact it shows and its links to competencies and milestones. The mentee adds it;
 * their mentor and programme staff read it, as it is meant for decision-makers.
 */
package com.mentorplatform.api.evidence;
