package com.mentorplatform.ui.analytics;

import com.mentorplatform.ui.charts.ChartPanel;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Makes the dashboard's chart panels, each downloading exactly the API table it draws, for the filters chosen
 * when the link is clicked.
 */
final class CsvTables {

    private final AnalyticsClient client;
    private final Supplier<AnalyticsQuery> query;

    CsvTables(AnalyticsClient client, Supplier<AnalyticsQuery> query) {
        this.client = client;
        this.query = query;
    }

    /** A panel titled {@code title} around {@code chart}, whose CSV is {@code table} of {@code endpoint}. */
    ChartPanel panel(String id, String title, Component chart, String endpoint, String table) {
        return new ChartPanel(id, title, chart, () -> csv(endpoint, table), () -> fileName(table));
    }

    /** {@code table} of {@code endpoint} as CSV, for the filters chosen now. */
    byte[] csv(String endpoint, String table) {
        return client.csv(endpoint, table, query.get());
    }

    String fileName(String table) {
        return "analytics-" + table + "-" + LocalDate.now() + ".csv";
    }
}
