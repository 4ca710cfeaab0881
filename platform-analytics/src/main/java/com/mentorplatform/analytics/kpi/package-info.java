/**
 * The definitions behind the programme KPIs (rates, match rate, check-in cadence, reporting periods, match-score
 * bands, the net promoter score), written once so that every screen, export and report computes a figure the
 * same way. The API aggregates in SQL and hands the counts to these classes.
 */
package com.mentorplatform.analytics.kpi;
