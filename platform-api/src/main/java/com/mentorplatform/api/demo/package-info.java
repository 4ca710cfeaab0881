/**
 * Demo data for trying the platform: the operators' tenant and two customer tenants with a few
 * hundred people, a competency framework, a calendar, programmes, cohorts, participant profiles,
 * pairs, and the running cohort's journals, evidence and fit-survey answers, all made through the features' services, then
 * years of synthetic history beside them ({@code synthetic}). Seeded only when {@code PLATFORM_DEMO=true} and the
 * database has no tenants. Also the scale command ({@link com.mentorplatform.api.demo.ScaleTenant}).
 */
package com.mentorplatform.api.demo;
