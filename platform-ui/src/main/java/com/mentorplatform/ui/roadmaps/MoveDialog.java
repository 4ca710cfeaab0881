package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.roadmaps.RoadmapRequests.MilestoneMove;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Marks a milestone reached (with what shows it) or drops it (with why): both need a note the history keeps. */
class MoveDialog extends FormDialog<Milestone, MilestoneMove> {

    final TextArea note;
    private final MilestoneStatus to;

    MoveDialog(Milestone milestone, MilestoneStatus to) {
        super((to == MilestoneStatus.REACHED ? "Reached: " : "Drop: ") + milestone.title(),
                to == MilestoneStatus.REACHED ? "Mark reached" : "Drop milestone", milestone);
        this.to = to;
        setId("move-dialog");
        save.setId("move-save");
        note = to == MilestoneStatus.REACHED
                ? textArea("What shows it is reached", 2000, "The criteria: " + milestone.criteria())
                : textArea("Why you drop it", 2000, "Kept in the roadmap's history");
        note.setId("move-note");
        note.setRequiredIndicatorVisible(true);
        addFields(Map.of("note", note, "status", note), note);
    }

    @Override
    MilestoneMove change() {
        return new MilestoneMove(to, optional(note.getValue()));
    }
}
