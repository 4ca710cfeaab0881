package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.Endorsement;
import com.mentorplatform.client.model.EndorsementRequest;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * The mentor's answer to a reached milestone: endorse it (a comment is welcome) or send it back to "in progress"
 * with a comment saying what is still missing. Shows the criteria and the mentee's note to judge by.
 */
class EndorsementDialog extends FormDialog<MilestoneResponse, EndorsementRequest> {

    final TextArea comment;
    private final Endorsement decision;

    EndorsementDialog(MilestoneResponse milestone, Endorsement decision) {
        super((decision == Endorsement.ENDORSED ? "Endorse: " : "Send back: ") + milestone.getTitle(),
                decision == Endorsement.ENDORSED ? "Endorse" : "Send back", milestone);
        this.decision = decision;
        setId("endorsement-dialog");
        save.setId("endorsement-save");
        comment = decision == Endorsement.ENDORSED
                ? textArea("Comment (optional)", 2000, "What convinced you")
                : textArea("What is still missing", 2000, "The milestone goes back to \"In progress\"");
        comment.setId("endorsement-comment");
        comment.setRequiredIndicatorVisible(decision == Endorsement.SENT_BACK);
        Div context = new Div(RoadmapStyle.labelled("Reached when", milestone.getCriteria()),
                RoadmapStyle.labelled("What shows it is reached", milestone.getReachedNote()));
        addFields(Map.of("comment", comment, "decision", comment), context, comment);
        form.setColspan(context, 2);
    }

    @Override
    EndorsementRequest change() {
        return new EndorsementRequest().decision(decision).comment(Texts.blankToNull(comment.getValue()));
    }
}
