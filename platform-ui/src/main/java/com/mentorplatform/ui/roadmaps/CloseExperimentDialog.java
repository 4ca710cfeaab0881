package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.roadmaps.RoadmapRequests.ExperimentMove;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Closes an experiment, done or abandoned, with its result and what was learned (both kept for the promotion case). */
class CloseExperimentDialog extends FormDialog<Experiment, ExperimentMove> {

    final RadioButtonGroup<ExperimentStatus> outcome = new RadioButtonGroup<>("How did it end?");
    final TextArea result = textArea("Result", 2000, null);
    final TextArea learned = textArea("What you learned", 2000, "Even an abandoned experiment teaches something");

    CloseExperimentDialog(Experiment experiment) {
        super("Close: " + experiment.objective(), "Close experiment", experiment);
        setId("close-experiment-dialog");
        save.setId("close-experiment-save");
        outcome.setId("experiment-outcome");
        outcome.setItems(ExperimentStatus.DONE, ExperimentStatus.ABANDONED);
        outcome.setItemLabelGenerator(ExperimentStatus::label);
        outcome.setValue(ExperimentStatus.DONE);
        result.setId("experiment-result");
        result.setRequiredIndicatorVisible(true);
        result.setHelperText("Against the metric: " + experiment.successMetric() + " " + experiment.movement());
        learned.setId("experiment-learned");
        learned.setRequiredIndicatorVisible(true);
        addFields(Map.of("status", outcome, "result", result, "learned", learned), outcome, result, learned);
        form.setColspan(outcome, 2);
    }

    @Override
    ExperimentMove change() {
        return new ExperimentMove(outcome.getValue(), optional(result.getValue()), optional(learned.getValue()));
    }
}
