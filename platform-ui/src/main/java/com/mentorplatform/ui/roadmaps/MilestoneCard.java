package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.Endorsement;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
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

    MilestoneCard(MilestoneResponse milestone, List<Button> actions) {
        addClassName("milestone-card");
        getElement().setAttribute("data-status", milestone.getStatus().name());
        Span title = new Span(milestone.getTitle());
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

    private static HorizontalLayout dueLine(MilestoneResponse milestone) {
        HorizontalLayout due = new HorizontalLayout(Hint.of("Due " + Dates.day(milestone.getDueOn())));
        due.setSpacing(false);
        due.setAlignItems(FlexComponent.Alignment.BASELINE);
        due.addClassName("tags");
        timing(milestone).ifPresent(badge -> {
            badge.addClassName("milestone-timing");
            due.add(badge);
        });
        if (milestone.getCalendarEventName() != null) {
            due.add(Hint.of("· " + milestone.getCalendarEventName()));
        }
        return due;
    }

    /** "Overdue" for an open milestone past due; "On time" or "Late" once reached. */
    static Optional<Span> timing(MilestoneResponse milestone) {
        if (Boolean.TRUE.equals(milestone.getOverdue())) {
            return Optional.of(Badge.of("Overdue", Badge.Tone.ERROR));
        }
        if (milestone.getStatus() == MilestoneStatus.REACHED && milestone.getOnTime() != null) {
            return Optional.of(milestone.getOnTime() ? Badge.of("On time", Badge.Tone.SUCCESS)
                    : Badge.of("Late", Badge.Tone.CONTRAST));
        }
        return Optional.empty();
    }

    private static Div competencies(MilestoneResponse milestone) {
        Div tags = new Div();
        tags.addClassName("tags");
        milestone.getCompetencyNames().forEach(name -> tags.add(Badge.of(name, Badge.Tone.NEUTRAL)));
        return tags;
    }

    /** What showed it reached; a dropped one says when (why is in the timeline, which keeps the note). */
    private static Optional<Component> noteOf(MilestoneResponse milestone) {
        return switch (milestone.getStatus()) {
            case REACHED -> Optional.of(RoadmapStyle.labelled("Reached " + Dates.day(milestone.getReachedAt()),
                    milestone.getReachedNote()));
            case DROPPED -> Optional.of(Hint.of("Dropped " + Dates.day(milestone.getDroppedAt())));
            default -> Optional.empty();
        };
    }

    /** The mentor's answer: endorsed or sent back (with the comment), or still awaited for a reached milestone. */
    static Optional<Component> endorsementOf(MilestoneResponse milestone) {
        Span badge;
        if (milestone.getEndorsement() == Endorsement.ENDORSED) {
            badge = Badge.of("Endorsed by " + milestone.getEndorsedByName(), Badge.Tone.SUCCESS);
        } else if (milestone.getEndorsement() == Endorsement.SENT_BACK) {
            badge = Badge.of("Sent back by " + milestone.getEndorsedByName(), Badge.Tone.ERROR);
        } else if (milestone.getStatus() == MilestoneStatus.REACHED) {
            badge = Badge.of("Awaiting endorsement", Badge.Tone.CONTRAST);
        } else {
            return Optional.empty();
        }
        badge.addClassName("milestone-endorsement");
        Div endorsement = new Div(badge);
        String said = milestone.getEndorsementComment();
        if (said != null && !said.isBlank()) {
            Span comment = Hint.of("“" + said + "”");
            comment.addClassNames("quote", "block");
            endorsement.add(comment);
        }
        return Optional.of(endorsement);
    }
}
