package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;

/**
 * One milestone on the board: title, due date with an overdue or on-time badge, the competencies it develops,
 * the note it was reached or dropped with, the mentor's endorsement, and the buttons the reader may use.
 */
class MilestoneCard extends Div {

    final HorizontalLayout buttons = new HorizontalLayout();

    MilestoneCard(Milestone milestone, List<Button> actions) {
        addClassName("milestone-card");
        getElement().setAttribute("data-status", milestone.status().name());
        Span title = new Span(milestone.title());
        title.addClassName("milestone-title");
        Div card = RoadmapStyle.card(title, dueLine(milestone), competencies(milestone));
        noteOf(milestone).ifPresent(card::add);
        endorsementOf(milestone).ifPresent(card::add);
        buttons.setSpacing(false);
        buttons.addClassNames("tags", "card-actions");
        actions.forEach(buttons::add);
        buttons.setVisible(!actions.isEmpty());
        card.add(buttons);
        add(card);
    }

    private static HorizontalLayout dueLine(Milestone milestone) {
        HorizontalLayout due = new HorizontalLayout(Hint.of("Due " + Dates.day(milestone.dueOn())));
        due.setSpacing(false);
        due.setAlignItems(FlexComponent.Alignment.BASELINE);
        due.addClassName("tags");
        timing(milestone).ifPresent(badge -> {
            badge.addClassName("milestone-timing");
            due.add(badge);
        });
        if (milestone.calendarEventName() != null) {
            due.add(Hint.of("· " + milestone.calendarEventName()));
        }
        return due;
    }

    /** "Overdue" for an open milestone past due; "On time" or "Late" once reached. */
    static Optional<Span> timing(Milestone milestone) {
        if (milestone.overdue()) {
            return Optional.of(Badge.of("Overdue", Badge.Tone.ERROR));
        }
        if (milestone.status() == MilestoneStatus.REACHED && milestone.onTime() != null) {
            return Optional.of(milestone.onTime() ? Badge.of("On time", Badge.Tone.SUCCESS)
                    : Badge.of("Late", Badge.Tone.CONTRAST));
        }
        return Optional.empty();
    }

    private static Div competencies(Milestone milestone) {
        Div tags = new Div();
        tags.addClassName("tags");
        milestone.competencyNames().forEach(name -> tags.add(Badge.of(name, Badge.Tone.NEUTRAL)));
        return tags;
    }

    /** What showed it reached; a dropped one says when (why is in the timeline, which keeps the note). */
    private static Optional<Component> noteOf(Milestone milestone) {
        return switch (milestone.status()) {
            case REACHED -> Optional.of(RoadmapStyle.labelled("Reached " + Dates.day(milestone.reachedAt()),
                    milestone.reachedNote()));
            case DROPPED -> Optional.of(Hint.of("Dropped " + Dates.day(milestone.droppedAt())));
            default -> Optional.empty();
        };
    }

    /** The mentor's answer: endorsed or sent back (with the comment), or still awaited for a reached milestone. */
    static Optional<Component> endorsementOf(Milestone milestone) {
        Span badge;
        if (milestone.endorsement() == Milestone.Endorsement.ENDORSED) {
            badge = Badge.of("Endorsed by " + milestone.endorsedByName(), Badge.Tone.SUCCESS);
        } else if (milestone.endorsement() == Milestone.Endorsement.SENT_BACK) {
            badge = Badge.of("Sent back by " + milestone.endorsedByName(), Badge.Tone.ERROR);
        } else if (milestone.status() == MilestoneStatus.REACHED) {
            badge = Badge.of("Awaiting endorsement", Badge.Tone.CONTRAST);
        } else {
            return Optional.empty();
        }
        badge.addClassName("milestone-endorsement");
        Div endorsement = new Div(badge);
        if (milestone.endorsementComment() != null && !milestone.endorsementComment().isBlank()) {
            Span comment = Hint.of("“" + milestone.endorsementComment() + "”");
            comment.addClassNames("quote", "block");
            endorsement.add(comment);
        }
        return Optional.of(endorsement);
    }
}
