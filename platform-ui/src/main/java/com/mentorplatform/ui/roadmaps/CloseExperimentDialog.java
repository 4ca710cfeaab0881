package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.ExperimentStatusRequest;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * Closes an experiment as one of {@code outcomes}, the closing moves the API allows it (done or abandoned), with
 * its result and what was learned (both kept for the promotion case).
 */
class CloseExperimentDialog extends FormDialog<ExperimentResponse, ExperimentStatusRequest> {

    final RadioButtonGroup<ExperimentStatus> outcome = new RadioButtonGroup<>("How did it end?");
    final TextArea result = textArea("Result", 2000, null);
    final TextArea learned = textArea("What you learned", 2000, "Even an abandoned experiment teaches something");

    CloseExperimentDialog(ExperimentResponse experiment, List<ExperimentStatus> outcomes) {
        super("Close: " + experiment.getObjective(), "Close experiment", experiment);
        setId("close-experiment-dialog");
        save.setId("close-experiment-save");
        outcome.setId("experiment-outcome");
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(RoadmapLabels::status);
        outcome.setValue(outcomes.get(0));
        result.setId("experiment-result");
        result.setRequiredIndicatorVisible(true);
        result.setHelperText("Against the metric: " + experiment.getSuccessMetric() + " "
                + RoadmapLabels.movement(experiment));
        learned.setId("experiment-learned");
        learned.setRequiredIndicatorVisible(true);
        addFields(Map.of("status", outcome, "result", result, "learned", learned), outcome, result, learned);
        form.setColspan(outcome, 2);
    }

    @Override
    ExperimentStatusRequest change() {
        return new ExperimentStatusRequest().status(outcome.getValue()).result(Texts.blankToNull(result.getValue()))
                .learned(Texts.blankToNull(learned.getValue()));
    }
}
