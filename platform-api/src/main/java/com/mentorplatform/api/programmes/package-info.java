/**
 * Programmes and their cohorts: what HR runs, with dates, cadence, capacity, the matching weights
 * a cohort will use, and the status each moves through. Only TENANT_ADMIN and PROGRAMME_MANAGER reach it.
 */
package com.mentorplatform.api.programmes;
