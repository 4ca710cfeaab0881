package com.mentorplatform.ui.matching;

import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cohort's runs, newest first: who ran each and when, and its total score against greedy matching. */
class RunsGrid extends Grid<MatchingRun> {

    private final ApiClient api;
    private final Map<String, String> names = new HashMap<>();

    RunsGrid(ApiClient api) {
        super(MatchingRun.class, false);
        this.api = api;
        setId("runs-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(run -> Dates.moment(run.requestedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(run -> nameOf(run.requestedBy())).setHeader("By").setFlexGrow(1);
        addColumn(run -> run.status().name().toLowerCase(Locale.ROOT)).setHeader("Status").setAutoWidth(true);
        addColumn(MatchingRun::proposals).setHeader("Proposed").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(MatchingRun::unmatched).setHeader("Unmatched").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(MatchingRun::accepted).setHeader("Accepted").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(run -> format(run.totalScore())).setKey("total").setHeader("Total score")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(run -> format(run.greedyTotal())).setHeader("Greedy total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setTooltipGenerator(run -> "What first-come greedy matching would have reached");
        addColumn(RunsGrid::gain).setHeader("Gain").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText("No runs yet: set the weights and run matching.");
    }

    void show(List<MatchingRun> runs) {
        setItems(runs);
    }

    private String nameOf(String personId) {
        if (personId == null) {
            return "";
        }
        return names.computeIfAbsent(personId, id -> {
            try {
                return new PeopleClient(api).person(id).getDisplayName();
            } catch (ApiProblem gone) {
                return "someone no longer listed";
            }
        });
    }

    static String format(BigDecimal score) {
        return score == null ? "–" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String gain(MatchingRun run) {
        if (run.optimalTotal() == null || run.greedyTotal() == null || run.greedyTotal().signum() == 0) {
            return "–";
        }
        double gain = run.optimalTotal().doubleValue() / run.greedyTotal().doubleValue() - 1;
        return String.format(Locale.UK, "%+.1f%%", gain * 100);
    }
}
