/**
 * Reads what matching needs about a cohort's enrolled mentors and mentees (profiles, competencies,
 * preferences, reporting chains) with a fixed number of queries, whatever the cohort's size.
 */
package com.mentorplatform.api.matching.inputs;
