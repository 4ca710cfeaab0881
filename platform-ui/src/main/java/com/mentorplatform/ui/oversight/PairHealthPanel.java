package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.CohortPairHealth;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.pairs.PairLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/**
 * HR's read-only health of one cohort's pairs: status, people, last check-in against the cadence, roadmap
 * progress, open sponsorship flags and why a pair needs attention; those needing it first, and a filter to
 * show only them. Numbers only: no note or journal ever reaches this view.
 */
public class PairHealthPanel extends VerticalLayout {

    final Grid<PairOverview> grid = new Grid<>(PairOverview.class, false);
    final Checkbox attentionOnly = new Checkbox("Needs attention only");
    final Span summary = new Span();
    private final OversightClient client;
    private final String cohortId;
    private List<PairOverview> pairs = List.of();

    public PairHealthPanel(ApiClient api, String cohortId) {
        this.client = new OversightClient(api);
        this.cohortId = cohortId;
        setId("pair-health");
        setPadding(false);
        setSizeFull();
        configureGrid();
        attentionOnly.setId("attention-only");
        attentionOnly.addValueChangeListener(change -> showPairs());
        summary.setId("pair-health-summary");
        HorizontalLayout toolbar = new HorizontalLayout(attentionOnly, summary);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar, grid);
    }

    /** Loads the cohort's pairs afresh. */
    public void refresh() {
        CohortPairHealth health = client.pairHealth(cohortId);
        pairs = health.getPairs();
        int pairCount = health.getPairCount();
        summary.setText(pairCount == 0 ? "" : health.getNeedingAttention() + " of " + pairCount
                + (pairCount == 1 ? " pair needs" : " pairs need") + " attention");
        showPairs();
    }

    private void showPairs() {
        grid.setItems(attentionOnly.getValue() ? pairs.stream().filter(PairOverviews::needsAttention).toList() : pairs);
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PairOverview::getMenteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        grid.addColumn(PairOverview::getMentorName).setKey("mentor").setHeader("Mentor").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(pair -> PairLabels.badge(pair.getStatus()))).setKey("status")
                .setHeader("Status")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(PairSignals::attentionBadges)).setKey("attention")
                .setHeader("Attention").setFlexGrow(3);
        grid.addColumn(pair -> PairSignals.lastCheckIn(pair.getCheckIns())).setKey("lastCheckIn")
                .setHeader("Check-ins").setFlexGrow(2)
                .setTooltipGenerator(pair -> PairSignals.cadence(pair.getCheckIns()));
        grid.addColumn(new ComponentRenderer<>(PairHealthPanel::progress)).setKey("milestones").setHeader("Milestones")
                .setFlexGrow(2);
        grid.addColumn(pair -> pair.getRoadmap().getActiveExperiments() + " / "
                        + pair.getRoadmap().getExperimentLimit())
                .setKey("experiments").setHeader("Experiments").setWidth("7.5rem").setFlexGrow(0)
                .setTooltipGenerator(pair -> PairSignals.experiments(pair.getRoadmap()));
        grid.addColumn(new ComponentRenderer<>(PairSignals::flagBadges)).setKey("sponsorship").setHeader("Sponsorship")
                .setFlexGrow(2).setTooltipGenerator(pair -> pair.getSponsorshipFlags().stream()
                        .map(SponsorshipFlag::getNote).findFirst().orElse(null));
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No pairs to show. Pairs appear once matching has proposed them.");
    }

    private static Component progress(PairOverview pair) {
        Span text = new Span(pair.getRoadmap().getRoadmapId() == null ? "No roadmap"
                : pair.getRoadmap().getMilestonesReached() + " of " + pair.getRoadmap().getMilestones());
        Div progress = new Div(text);
        if (pair.getRoadmap().getRoadmapId() != null) {
            progress.add(PairSignals.milestoneBar(pair.getRoadmap()));
        }
        return progress;
    }
}
