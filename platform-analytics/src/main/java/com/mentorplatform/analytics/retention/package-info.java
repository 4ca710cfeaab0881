/**
 * Retention maths: Kaplan–Meier survival of employment with Greenwood log-log confidence bands,
 * the log-rank test and the difference of two curves at a horizon, and the coarsening bands the
 * comparison group is matched on. Inputs are compact counts aggregated in SQL, never entities.
 */
package com.mentorplatform.analytics.retention;
