package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.pairs.PairLabels;
import com.mentorplatform.ui.roadmaps.MenteeRoadmapView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The cohort's pairs with their status, moved through the lifecycle the API allows; an ended pair's mentee can be
 * rematched, and every pair that started leads to the mentee's roadmap (read only for HR).
 */
class PairsPanel extends VerticalLayout {

    final Grid<PairResponse> grid = new Grid<>(PairResponse.class, false);
    private final MatchingClient client;
    private final String cohortId;
    private final Supplier<List<ParticipantResponse>> mentors;

    PairsPanel(MatchingClient client, String cohortId, Supplier<List<ParticipantResponse>> mentors) {
        this.client = client;
        this.cohortId = cohortId;
        this.mentors = mentors;
        setPadding(false);
        setSizeFull();
        configureGrid();
        add(grid);
    }

    private void configureGrid() {
        grid.setId("pairs-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PairResponse::getMenteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        grid.addColumn(PairResponse::getMentorName).setKey("mentor").setHeader("Mentor").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(PairsPanel::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(PairsPanel::ending);
        grid.addColumn(pair -> RunsGrid.format(pair.getScore())).setKey("score").setHeader("Score").setWidth("5.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(pair -> pair.getReasons() == null ? "" : String.join(" · ", pair.getReasons())).setKey("why")
                .setHeader("Why matched").setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setEmptyStateText("No pairs yet: accept proposals on the workbench.");
    }

    void refresh() {
        grid.setItems(client.pairs(cohortId));
        // A started pair has more actions than a proposed one: widen the actions column to fit them.
        grid.recalculateColumnWidths();
    }

    private Component actions(PairResponse pair) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("tags");
        for (PairStatus next : pair.getAllowedTransitions()) {
            String move = PairLabels.move(pair.getStatus(), next);
            actions.add(next == PairStatus.ENDED_EARLY
                    ? small(move, () -> new EndEarlyDialog(reason -> move(pair, next, reason)).open())
                    : small(move, () -> move(pair, next, null)));
        }
        if (pair.getAllowedTransitions().isEmpty()) {
            actions.add(small("Rematch…", () -> new RematchDialog(pair, mentors.get(), this::rematch).open()));
        }
        if (pair.getStatus() != PairStatus.PROPOSED) {
            actions.add(small("Roadmap", () -> UI.getCurrent()
                    .navigate(MenteeRoadmapView.class, MenteeRoadmapView.parameters(pair.getMenteeId().toString()))));
        }
        return actions;
    }

    private void move(PairResponse pair, PairStatus next, EndEarlyDialog.Ending ending) {
        try {
            client.transition(pair.getId().toString(), next, ending == null ? null : ending.reason(),
                    ending == null ? null : ending.note());
            Toast.done(pair.getMenteeName() + " and " + pair.getMentorName() + ": "
                    + PairLabels.status(next).toLowerCase(Locale.ROOT));
            refresh();
        } catch (ApiProblem refused) {
            Toast.refused(refused);
        }
    }

    private void rematch(PairResponse ended, ParticipantResponse mentor) {
        try {
            client.rematch(ended.getId().toString(), mentor.getPersonId().toString());
            Toast.done(ended.getMenteeName() + " now has " + mentor.getDisplayName() + " as proposed mentor");
            refresh();
        } catch (ApiProblem refused) {
            Toast.refused(refused);
        }
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId("pair-" + text.replace("…", "").replace(' ', '-').toLowerCase(Locale.ROOT));
        return button;
    }

    private static Component statusBadge(PairResponse pair) {
        return PairLabels.badge(pair.getStatus());
    }

    private static String ending(PairResponse pair) {
        if (pair.getEndReason() == null) {
            return null;
        }
        return PairLabels.endReason(pair.getEndReason()) + (pair.getEndNote() == null ? "" : ": " + pair.getEndNote());
    }
}
