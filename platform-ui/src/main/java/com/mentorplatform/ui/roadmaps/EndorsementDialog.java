package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.roadmaps.RoadmapRequests.EndorsementDecision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * The mentor's answer to a reached milestone: endorse it (a comment is welcome) or send it back to "in progress"
 * with a comment saying what is still missing. Shows the criteria and the mentee's note to judge by.
 */
class EndorsementDialog extends FormDialog<Milestone, EndorsementDecision> {

    final TextArea comment;
    private final Milestone.Endorsement decision;

    EndorsementDialog(Milestone milestone, Milestone.Endorsement decision) {
        super((decision == Milestone.Endorsement.ENDORSED ? "Endorse: " : "Send back: ") + milestone.title(),
                decision == Milestone.Endorsement.ENDORSED ? "Endorse" : "Send back", milestone);
        this.decision = decision;
        setId("endorsement-dialog");
        save.setId("endorsement-save");
        comment = decision == Milestone.Endorsement.ENDORSED
                ? textArea("Comment (optional)", 2000, "What convinced you")
                : textArea("What is still missing", 2000, "The milestone goes back to \"In progress\"");
        comment.setId("endorsement-comment");
        comment.setRequiredIndicatorVisible(decision == Milestone.Endorsement.SENT_BACK);
        Div context = new Div(RoadmapStyle.labelled("Reached when", milestone.criteria()),
                RoadmapStyle.labelled("What shows it is reached", milestone.reachedNote()));
        addFields(Map.of("comment", comment, "decision", comment), context, comment);
        form.setColspan(context, 2);
    }

    @Override
    EndorsementDecision change() {
        return new EndorsementDecision(decision, optional(comment.getValue()));
    }
}
