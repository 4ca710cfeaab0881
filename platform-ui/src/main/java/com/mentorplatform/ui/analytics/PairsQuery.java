package com.mentorplatform.ui.analytics;

/** The drill-down's query: the dashboard's filters and which pairs. */
record PairsQuery(AnalyticsQuery filters, Concern concern) {
}
