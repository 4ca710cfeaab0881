/**
 * A roadmap's competency gaps: what the target role requires against the mentee's self-rated levels,
 * the mentor's ratings and the baseline the roadmap started from, computed by platform-analytics.
 */
package com.mentorplatform.api.roadmaps.gaps;
