package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.pairs.PairLabels;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.roadmaps.MenteeRoadmapView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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

    final Grid<Pair> grid = new Grid<>(Pair.class, false);
    private final MatchingClient client;
    private final String cohortId;
    private final Supplier<List<CohortMentor>> mentors;

    PairsPanel(MatchingClient client, String cohortId, Supplier<List<CohortMentor>> mentors) {
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
        grid.addColumn(Pair::menteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        grid.addColumn(Pair::mentorName).setKey("mentor").setHeader("Mentor").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(PairsPanel::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(PairsPanel::ending);
        grid.addColumn(pair -> RunsGrid.format(pair.score())).setKey("score").setHeader("Score").setWidth("5.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(pair -> pair.reasons() == null ? "" : String.join(" · ", pair.reasons())).setKey("why")
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

    private Component actions(Pair pair) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("tags");
        for (PairStatus next : pair.allowedTransitions()) {
            String move = PairLabels.move(pair.status(), next);
            actions.add(next == PairStatus.ENDED_EARLY
                    ? small(move, () -> new EndEarlyDialog(reason -> move(pair, next, reason)).open())
                    : small(move, () -> move(pair, next, null)));
        }
        if (pair.isEnded()) {
            actions.add(small("Rematch…", () -> new RematchDialog(pair, mentors.get(), this::rematch).open()));
        }
        if (pair.status() != PairStatus.PROPOSED) {
            actions.add(small("Roadmap", () -> UI.getCurrent()
                    .navigate(MenteeRoadmapView.class, MenteeRoadmapView.parameters(pair.menteeId()))));
        }
        return actions;
    }

    private void move(Pair pair, PairStatus next, EndEarlyDialog.Ending ending) {
        try {
            client.transition(pair.id(), next, ending == null ? null : ending.reason(),
                    ending == null ? null : ending.note());
            tell(pair.menteeName() + " and " + pair.mentorName() + ": " + PairLabels.status(next).toLowerCase(Locale.ROOT), true);
            refresh();
        } catch (ApiProblem refused) {
            tell(refused.userMessage(), false);
        }
    }

    private void rematch(Pair ended, CohortMentor mentor) {
        try {
            client.rematch(ended.id(), mentor.personId());
            tell(ended.menteeName() + " now has " + mentor.displayName() + " as proposed mentor", true);
            refresh();
        } catch (ApiProblem refused) {
            tell(refused.userMessage(), false);
        }
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId("pair-" + text.replace("…", "").replace(' ', '-').toLowerCase(Locale.ROOT));
        return button;
    }

    private static Component statusBadge(Pair pair) {
        return PairLabels.badge(pair.status());
    }

    private static String ending(Pair pair) {
        if (pair.endReason() == null) {
            return null;
        }
        return PairLabels.endReason(pair.endReason()) + (pair.endNote() == null ? "" : ": " + pair.endNote());
    }

    private static void tell(String text, boolean success) {
        Notification.show(text, success ? 3000 : 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
