package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.MilestoneStatusRequest;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Marks a milestone reached (with what shows it) or drops it (with why): both need a note the history keeps. */
class MoveDialog extends FormDialog<MilestoneResponse, MilestoneStatusRequest> {

    final TextArea note;
    private final MilestoneStatus to;

    MoveDialog(MilestoneResponse milestone, MilestoneStatus to) {
        super((to == MilestoneStatus.REACHED ? "Reached: " : "Drop: ") + milestone.getTitle(),
                to == MilestoneStatus.REACHED ? "Mark reached" : "Drop milestone", milestone);
        this.to = to;
        setId("move-dialog");
        save.setId("move-save");
        note = to == MilestoneStatus.REACHED
                ? textArea("What shows it is reached", 2000, "The criteria: " + milestone.getCriteria())
                : textArea("Why you drop it", 2000, "Kept in the roadmap's history");
        note.setId("move-note");
        note.setRequiredIndicatorVisible(true);
        addFields(Map.of("note", note, "status", note), note);
    }

    @Override
    MilestoneStatusRequest change() {
        return new MilestoneStatusRequest().status(to).note(Texts.blankToNull(note.getValue()));
    }
}
