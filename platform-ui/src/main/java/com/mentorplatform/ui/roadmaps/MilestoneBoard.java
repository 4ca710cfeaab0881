package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.MilestoneMove;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The milestones as a board with a column per status (planned, in progress, reached, dropped). The mentee adds,
 * edits, starts, reaches and drops them; the mentor endorses a reached one or sends it back.
 */
class MilestoneBoard extends VerticalLayout {

    final Button add = new Button("Add milestone", VaadinIcon.PLUS.create());
    final Map<MilestoneStatus, VerticalLayout> columns = new EnumMap<>(MilestoneStatus.class);
    private final PageActions actions;
    private final Lookups lookups;
    private Roadmap roadmap;

    MilestoneBoard(PageActions actions, Lookups lookups) {
        this.actions = actions;
        this.lookups = lookups;
        setId("milestone-board");
        setPadding(false);
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openEditor(null, Set.of()));
        HorizontalLayout board = new HorizontalLayout();
        board.setWidthFull();
        board.addClassName("milestone-board");
        for (MilestoneStatus status : MilestoneStatus.values()) {
            VerticalLayout column = new VerticalLayout();
            column.addClassName("milestone-column");
            column.getElement().setAttribute("data-status", status.name());
            column.setPadding(false);
            column.setSpacing(false);
            columns.put(status, column);
            board.add(column);
            board.setFlexGrow(1, column);
        }
        HorizontalLayout toolbar = new HorizontalLayout(Hint.of("Each milestone names the skills it "
                + "develops and when it counts as reached; once reached, the mentor endorses it or sends it back."), add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, board);
    }

    void show(Roadmap shown) {
        roadmap = shown;
        add.setVisible(shown.menteeWrites());
        columns.forEach((status, column) -> {
            List<Milestone> here = shown.milestones().stream().filter(milestone -> milestone.status() == status).toList();
            column.removeAll();
            Span title = new Span(status.label() + " (" + here.size() + ")");
            title.addClassNames("hint", "label");
            column.add(title);
            here.forEach(milestone -> column.add(new MilestoneCard(milestone, actionsFor(milestone))));
            if (here.isEmpty()) {
                column.add(RoadmapStyle.emptyState(emptyText(status)));
            }
        });
    }

    private String emptyText(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> roadmap.milestones().isEmpty() && roadmap.menteeWrites()
                    ? "No milestones yet. Add the first step towards your vision, or plan one from a gap."
                    : "Nothing planned.";
            case IN_PROGRESS -> "Nothing in progress.";
            case REACHED -> "None reached yet.";
            case DROPPED -> "None dropped.";
        };
    }

    /** Opens a new milestone (or {@code milestone} to edit), new ones developing {@code competencyIds}. */
    void openEditor(Milestone milestone, Set<String> competencyIds) {
        MilestoneDialog dialog = new MilestoneDialog(milestone, lookups);
        dialog.preselect(competencyIds);
        actions.open(dialog, (original, change) -> {
            Milestone saved = original == null ? actions.client.addMilestone(roadmap.id(), change)
                    : actions.client.updateMilestone(original.id(), change);
            return "Milestone \"" + saved.title() + "\" saved";
        });
    }

    private List<Button> actionsFor(Milestone milestone) {
        List<Button> buttons = new ArrayList<>();
        if (roadmap.menteeWrites() && milestone.status().isOpen()) {
            if (milestone.status() == MilestoneStatus.PLANNED) {
                buttons.add(action("Start", VaadinIcon.PLAY, () -> start(milestone)));
            } else {
                buttons.add(action("Mark reached", VaadinIcon.FLAG_CHECKERED,
                        () -> openMove(milestone, MilestoneStatus.REACHED)));
            }
            buttons.add(action("Edit", VaadinIcon.EDIT, () -> openEditor(milestone, Set.of())));
            buttons.add(action("Drop", VaadinIcon.CLOSE_SMALL, () -> openMove(milestone, MilestoneStatus.DROPPED)));
        }
        if (roadmap.mentorActs() && milestone.status() == MilestoneStatus.REACHED && milestone.endorsement() == null) {
            Button endorse = action("Endorse", VaadinIcon.CHECK, () -> openEndorsement(milestone, Milestone.Endorsement.ENDORSED));
            endorse.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(endorse);
            buttons.add(action("Send back", VaadinIcon.ARROW_BACKWARD,
                    () -> openEndorsement(milestone, Milestone.Endorsement.SENT_BACK)));
        }
        return buttons;
    }

    private static Button action(String text, VaadinIcon icon, Runnable run) {
        Button button = RoadmapStyle.small(text, icon, run);
        button.addClassName("milestone-action");
        return button;
    }

    private void start(Milestone milestone) {
        actions.run(() -> {
            actions.client.move(milestone.id(), new MilestoneMove(MilestoneStatus.IN_PROGRESS, null));
            return "\"" + milestone.title() + "\" is in progress";
        });
    }

    private void openMove(Milestone milestone, MilestoneStatus to) {
        actions.open(new MoveDialog(milestone, to), (original, move) -> {
            actions.client.move(original.id(), move);
            return "\"" + original.title() + "\" " + (to == MilestoneStatus.REACHED ? "reached" : "dropped");
        });
    }

    private void openEndorsement(Milestone milestone, Milestone.Endorsement decision) {
        actions.open(new EndorsementDialog(milestone, decision), (original, change) -> {
            actions.client.endorse(original.id(), change);
            return "\"" + original.title() + "\" " + (decision == Milestone.Endorsement.ENDORSED
                    ? "endorsed" : "sent back to in progress");
        });
    }
}
