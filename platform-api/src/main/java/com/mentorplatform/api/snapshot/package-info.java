/**
 * The analytics snapshot: each mentee's participation in a cohort and the comparison people matched to it,
 * as they stood at the cohort's start, with the outcomes known at the last refresh. Retention and the leader
 * reports read it through {@link com.mentorplatform.api.snapshot.AnalyticsSnapshots}.
 */
package com.mentorplatform.api.snapshot;
