package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.Endorsement;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.MilestoneStatusRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Hint;
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
 * The milestones as a board with a column per status (planned, in progress, reached, dropped). The mentee adds and
 * edits them and moves them as the API allows each one; the mentor endorses a reached one or sends it back.
 */
class MilestoneBoard extends VerticalLayout {

    private static final Map<MilestoneStatus, VaadinIcon> ICONS = Map.of(MilestoneStatus.PLANNED, VaadinIcon.ARROW_LEFT,
            MilestoneStatus.IN_PROGRESS, VaadinIcon.PLAY, MilestoneStatus.REACHED, VaadinIcon.FLAG_CHECKERED,
            MilestoneStatus.DROPPED, VaadinIcon.CLOSE_SMALL);

    final Button add = new Button("Add milestone", VaadinIcon.PLUS.create());
    final Map<MilestoneStatus, VerticalLayout> columns = new EnumMap<>(MilestoneStatus.class);
    private final PageActions actions;
    private final Lookups lookups;
    private RoadmapResponse roadmap;

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

    void show(RoadmapResponse shown) {
        roadmap = shown;
        add.setVisible(Roadmaps.menteeWrites(shown));
        columns.forEach((status, column) -> {
            List<MilestoneResponse> here = shown.getMilestones().stream()
                    .filter(milestone -> milestone.getStatus() == status).toList();
            column.removeAll();
            Span title = Hint.of(RoadmapLabels.status(status) + " (" + here.size() + ")");
            title.addClassName("label");
            column.add(title);
            here.forEach(milestone -> column.add(new MilestoneCard(milestone, actionsFor(milestone))));
            if (here.isEmpty()) {
                column.add(RoadmapStyle.emptyState(emptyText(status)));
            }
        });
    }

    private String emptyText(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> roadmap.getMilestones().isEmpty() && Roadmaps.menteeWrites(roadmap)
                    ? "No milestones yet. Add the first step towards your vision, or plan one from a gap."
                    : "Nothing planned.";
            case IN_PROGRESS -> "Nothing in progress.";
            case REACHED -> "None reached yet.";
            case DROPPED -> "None dropped.";
        };
    }

    /** Opens a new milestone (or {@code milestone} to edit), new ones developing {@code competencyIds}. */
    void openEditor(MilestoneResponse milestone, Set<String> competencyIds) {
        MilestoneDialog dialog = new MilestoneDialog(milestone, lookups);
        dialog.preselect(competencyIds);
        actions.open(dialog, (original, change) -> {
            MilestoneResponse saved = original == null ? actions.client.addMilestone(roadmap.getId(), change)
                    : actions.client.updateMilestone(original.getId(), change);
            return "Milestone \"" + saved.getTitle() + "\" saved";
        });
    }

    /** The moves the API allows the reader, then editing while open; for the mentor, the answer to a reached one. */
    private List<Button> actionsFor(MilestoneResponse milestone) {
        List<Button> buttons = new ArrayList<>();
        milestone.getAllowedTransitions().forEach(next -> buttons.add(moveButton(milestone, next)));
        if (Roadmaps.menteeWrites(roadmap) && Roadmaps.isOpen(milestone.getStatus())) {
            buttons.add(action("Edit", VaadinIcon.EDIT, () -> openEditor(milestone, Set.of())));
        }
        if (Roadmaps.mentorActs(roadmap) && milestone.getStatus() == MilestoneStatus.REACHED
                && milestone.getEndorsement() == null) {
            Button endorse = action("Endorse", VaadinIcon.CHECK,
                    () -> openEndorsement(milestone, Endorsement.ENDORSED));
            endorse.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(endorse);
            buttons.add(action("Send back", VaadinIcon.ARROW_BACKWARD,
                    () -> openEndorsement(milestone, Endorsement.SENT_BACK)));
        }
        return buttons;
    }

    /** A move to an open status is one click; closing the milestone (reached, dropped) asks for its note. */
    private Button moveButton(MilestoneResponse milestone, MilestoneStatus next) {
        return action(RoadmapLabels.move(next), ICONS.get(next), Roadmaps.isOpen(next) ? () -> move(milestone, next)
                : () -> openMove(milestone, next));
    }

    private static Button action(String text, VaadinIcon icon, Runnable run) {
        Button button = RoadmapStyle.small(text, icon, run);
        button.addClassName("milestone-action");
        return button;
    }

    private void move(MilestoneResponse milestone, MilestoneStatus next) {
        actions.run(() -> {
            actions.client.move(milestone.getId(), new MilestoneStatusRequest().status(next));
            return RoadmapLabels.moved(milestone.getTitle(), next);
        });
    }

    private void openMove(MilestoneResponse milestone, MilestoneStatus next) {
        actions.open(new MoveDialog(milestone, next), (original, move) -> {
            actions.client.move(original.getId(), move);
            return RoadmapLabels.moved(original.getTitle(), next);
        });
    }

    private void openEndorsement(MilestoneResponse milestone, Endorsement decision) {
        actions.open(new EndorsementDialog(milestone, decision), (original, change) -> {
            actions.client.endorse(original.getId(), change);
            return "\"" + original.getTitle() + "\" " + (decision == Endorsement.ENDORSED
                    ? "endorsed" : "sent back to in progress");
        });
    }
}
