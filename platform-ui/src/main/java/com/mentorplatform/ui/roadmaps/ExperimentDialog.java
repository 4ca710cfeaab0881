package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ExperimentKind;
import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Adds or edits an experiment: objective, kind, success metric from a baseline to a target, a timebox, the
 * milestone it serves; a new one may start running at once.
 */
class ExperimentDialog extends FormDialog<ExperimentResponse, ExperimentChange> {

    static final int DEFAULT_WEEKS = 6;

    final TextArea objective = textArea("Objective", 1000, "What you want to try, small enough for a month or a quarter");
    final Select<ExperimentKind> kind = new Select<>();
    final TextField successMetric = new TextField("Success metric");
    final TextField baseline = new TextField("Baseline");
    final TextField target = new TextField("Target");
    final DatePicker startsOn = datePicker("Starts on");
    final DatePicker endsOn = datePicker("Ends on");
    final ComboBox<MilestoneResponse> milestone = new ComboBox<>("Serves milestone");
    final Checkbox startNow = new Checkbox("Start it now (it counts as running)");

    ExperimentDialog(ExperimentResponse experiment, List<MilestoneResponse> openMilestones) {
        super(experiment == null ? "New experiment" : "Edit experiment", experiment == null ? "Add experiment" : "Save",
                experiment);
        setId("experiment-dialog");
        setWidth("40rem");
        save.setId("experiment-save");
        configureFields(openMilestones);
        addFields(Map.of("objective", objective, "kind", kind, "successMetric", successMetric, "baseline", baseline,
                        "target", target, "startsOn", startsOn, "endsOn", endsOn, "milestoneId", milestone),
                objective, kind, milestone, successMetric, baseline, target, startsOn, endsOn, startNow);
        form.setColspan(successMetric, 2);
        form.setColspan(startNow, 2);
        startNow.setVisible(experiment == null);
        show(experiment);
    }

    private void configureFields(List<MilestoneResponse> openMilestones) {
        objective.setId("experiment-objective");
        objective.setRequiredIndicatorVisible(true);
        kind.setId("experiment-kind");
        kind.setLabel("Kind");
        kind.setItems(ExperimentKind.values());
        kind.setItemLabelGenerator(RoadmapLabels::kind);
        successMetric.setId("experiment-metric");
        successMetric.setMaxLength(500);
        successMetric.setRequiredIndicatorVisible(true);
        successMetric.setHelperText("How you will know it worked, e.g. \"stakeholder demos run\"");
        baseline.setId("experiment-baseline");
        baseline.setMaxLength(200);
        baseline.setHelperText("Where it stands today");
        target.setId("experiment-target");
        target.setMaxLength(200);
        startsOn.setId("experiment-starts");
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setId("experiment-ends");
        endsOn.setRequiredIndicatorVisible(true);
        milestone.setId("experiment-milestone");
        milestone.setItems(openMilestones);
        milestone.setItemLabelGenerator(MilestoneResponse::getTitle);
        milestone.setClearButtonVisible(true);
        milestone.setPlaceholder("None");
        startNow.setId("experiment-start-now");
    }

    private void show(ExperimentResponse experiment) {
        LocalDate today = LocalDate.now();
        ExperimentChange shown = experiment == null ? new ExperimentChange(null, ExperimentKind.PROJECT, null, null,
                null, today, today.plusWeeks(DEFAULT_WEEKS), null, null) : ExperimentChange.of(experiment);
        objective.setValue(Texts.orEmpty(shown.objective()));
        kind.setValue(shown.kind());
        successMetric.setValue(Texts.orEmpty(shown.successMetric()));
        baseline.setValue(Texts.orEmpty(shown.baseline()));
        target.setValue(Texts.orEmpty(shown.target()));
        startsOn.setValue(shown.startsOn());
        endsOn.setValue(shown.endsOn());
        milestone.setValue(milestone.getListDataView().getItems()
                .filter(open -> open.getId().toString().equals(shown.milestoneId())).findFirst().orElse(null));
    }

    @Override
    ExperimentChange change() {
        ExperimentStatus status = startNow.isVisible() && startNow.getValue() ? ExperimentStatus.ACTIVE : null;
        return new ExperimentChange(Texts.blankToNull(objective.getValue()), kind.getValue(),
                Texts.blankToNull(successMetric.getValue()), Texts.blankToNull(baseline.getValue()),
                Texts.blankToNull(target.getValue()), startsOn.getValue(), endsOn.getValue(),
                milestone.isEmpty() ? null : milestone.getValue().getId().toString(), status);
    }
}
