package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.Concern;

/** The drill-down's query: the dashboard's filters and which pairs. */
record PairsQuery(AnalyticsQuery filters, Concern concern) {
}
