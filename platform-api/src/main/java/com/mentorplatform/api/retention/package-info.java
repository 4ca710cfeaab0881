/**
 * Retention for HR: Kaplan–Meier survival of employment from each participant's cohort start against a
 * comparison group matched on department, level and tenure, with promotion and mobility, from the snapshot.
 */
package com.mentorplatform.api.retention;
