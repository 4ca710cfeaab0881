/**
 * Synthetic history: years of people, cohorts, pairs, roadmaps and check-ins written into a tenant with
 * set-based SQL, deterministic for a seed, for the demo tenants and for scale tests of the analytics.
 */
package com.mentorplatform.api.synthetic;
