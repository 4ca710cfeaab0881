package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.RunResponse;
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
import java.util.UUID;

/** The cohort's runs, newest first: who ran each and when, and its total score against greedy matching. */
class RunsGrid extends Grid<RunResponse> {

    private final ApiClient api;
    private final Map<String, String> names = new HashMap<>();

    RunsGrid(ApiClient api) {
        super(RunResponse.class, false);
        this.api = api;
        setId("runs-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(run -> Dates.moment(run.getRequestedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(run -> nameOf(run.getRequestedBy())).setHeader("By").setFlexGrow(1);
        addColumn(run -> run.getStatus().name().toLowerCase(Locale.ROOT)).setHeader("Status").setAutoWidth(true);
        addColumn(RunResponse::getProposals).setHeader("Proposed").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(RunResponse::getUnmatched).setHeader("Unmatched").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(RunResponse::getAccepted).setHeader("Accepted").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(run -> format(run.getTotalScore())).setKey("total").setHeader("Total score")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(run -> format(run.getGreedyTotal())).setHeader("Greedy total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setTooltipGenerator(run -> "What first-come greedy matching would have reached");
        addColumn(RunsGrid::gain).setHeader("Gain").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText("No runs yet: set the weights and run matching.");
    }

    void show(List<RunResponse> runs) {
        setItems(runs);
    }

    private String nameOf(UUID personId) {
        if (personId == null) {
            return "";
        }
        return names.computeIfAbsent(personId.toString(), id -> {
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

    private static String gain(RunResponse run) {
        if (run.getOptimalTotal() == null || run.getGreedyTotal() == null || run.getGreedyTotal().signum() == 0) {
            return "–";
        }
        double gain = run.getOptimalTotal().doubleValue() / run.getGreedyTotal().doubleValue() - 1;
        return String.format(Locale.UK, "%+.1f%%", gain * 100);
    }
}
