package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.AnalyticsPairPageAnalyticsPair;
import com.mentorplatform.client.model.Concern;
import com.mentorplatform.ui.charts.CsvDownload;
import com.mentorplatform.ui.charts.ValueFormat;
import com.mentorplatform.ui.paging.KeysetPages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** The pairs behind the numbers (HR only), for the dashboard's filters and a chosen concern, paged lazily. */
class PairsDrillDown extends Div {

    final Grid<AnalyticsPairPageAnalyticsPair> grid = new Grid<>(AnalyticsPairPageAnalyticsPair.class, false);
    final Select<Concern> concern = new Select<>();
    private final KeysetPages<PairsQuery, AnalyticsPairPageAnalyticsPair> pages;
    private final Supplier<AnalyticsQuery> filters;

    PairsDrillDown(AnalyticsClient client, Supplier<AnalyticsQuery> filters) {
        this.filters = filters;
        this.pages = new KeysetPages<>(client::pairs);
        setId("pairs-drill-down");
        addClassName("chart-panel");
        addClassName("drill-down");
        addClassName("chart-wide");
        H3 title = new H3("The pairs behind the numbers");
        title.addClassName("chart-title");
        concern.setId("drill-down-concern");
        concern.setLabel("Show");
        concern.setItems(Concern.values());
        concern.setItemLabelGenerator(AnalyticsLabels::concern);
        concern.setValue(Concern.ALL);
        concern.addValueChangeListener(change -> refresh());
        Anchor csv = CsvDownload.link("pairs-csv", "Download CSV", () -> client.pairsCsv(query()),
                () -> "analytics-pairs-" + LocalDate.now() + ".csv", CsvDownload.CSV);
        Div actions = new Div(concern, csv);
        actions.addClassName("chart-actions");
        configureGrid();
        add(title, actions, grid);
    }

    void refresh() {
        pages.forget();
        grid.getDataProvider().refreshAll();
    }

    private PairsQuery query() {
        return new PairsQuery(filters.get(), concern.getValue());
    }

    private void configureGrid() {
        grid.setId("pairs-grid");
        grid.addClassName("drill-down-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AnalyticsPairPageAnalyticsPair::getMenteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        grid.addColumn(AnalyticsPairPageAnalyticsPair::getMentorName).setKey("mentor").setHeader("Mentor").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(row -> row.getCohortId() == null ? new Div()
                        : new Anchor("cohorts/" + row.getCohortId() + "?tab=pair-health", row.getCohortName())))
                .setKey("cohort").setHeader("Cohort").setFlexGrow(2);
        grid.addColumn(row -> status(row.getStatus())).setKey("status").setHeader("Status").setFlexGrow(1);
        grid.addColumn(row -> ValueFormat.DECIMAL.format(row.getScore()))
                .setKey("score").setHeader("Score").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(row -> Figures.day(row.getLastCheckInOn())).setKey("lastCheckIn").setHeader("Last check-in")
                .setFlexGrow(1);
        grid.addColumn(row -> row.getMilestones() == null ? "–"
                        : row.getMilestonesReached() + " of " + row.getMilestones())
                .setKey("milestones").setHeader("Milestones reached").setFlexGrow(1);
        grid.addColumn(row -> row.getEndReason() == null ? "" : status(row.getEndReason())).setKey("endReason")
                .setHeader("End reason").setFlexGrow(1);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No pairs for these filters.");
        grid.setItems(query -> pages.stream(query(), query.getOffset(), query.getLimit()));
    }

    /** "ENDED_EARLY" reads "Ended early". */
    private static String status(String code) {
        if (code == null) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
