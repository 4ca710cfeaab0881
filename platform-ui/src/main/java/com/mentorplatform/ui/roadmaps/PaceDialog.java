package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.PaceMeasure;
import com.mentorplatform.client.model.PaceRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapResponsePace;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Sets what "enough progress" means; a change asks both mentee and mentor to agree again. */
class PaceDialog extends FormDialog<RoadmapResponse, PaceRequest> {

    static final int DEFAULT_PERIOD_DAYS = 30;

    final TextArea statement = textArea("Enough progress means", 1000,
            "In your words, e.g. \"one small experiment closed each month, even a busy one\"");
    final Select<PaceMeasure> measure = new Select<>();
    final IntegerField minimum = new IntegerField("At least");
    final IntegerField periodDays = new IntegerField("Every (days)");

    PaceDialog(RoadmapResponse roadmap) {
        super("Set the pace", "Save pace", roadmap);
        setId("pace-dialog");
        save.setId("pace-save");
        statement.setId("pace-statement");
        measure.setId("pace-measure");
        measure.setLabel("Counting");
        measure.setItems(PaceMeasure.values());
        measure.setItemLabelGenerator(RoadmapLabels::measure);
        minimum.setId("pace-minimum");
        minimum.setMin(1);
        minimum.setMax(100);
        minimum.setStepButtonsVisible(true);
        periodDays.setId("pace-period");
        periodDays.setMin(7);
        periodDays.setMax(365);
        periodDays.setStepButtonsVisible(true);
        periodDays.setHelperText("Both of you agree again after a change");
        addFields(Map.of("statement", statement, "measure", measure, "minimum", minimum, "periodDays", periodDays),
                statement, measure, minimum, periodDays);
        show(roadmap.getPace());
    }

    private void show(RoadmapResponsePace pace) {
        statement.setValue(pace == null || pace.getStatement() == null ? "" : pace.getStatement());
        measure.setValue(pace == null ? PaceMeasure.EXPERIMENTS_CLOSED : pace.getMeasure());
        minimum.setValue(pace == null ? 1 : pace.getMinimum());
        periodDays.setValue(pace == null ? DEFAULT_PERIOD_DAYS : pace.getPeriodDays());
    }

    @Override
    PaceRequest change() {
        return new PaceRequest().statement(Texts.blankToNull(statement.getValue())).measure(measure.getValue())
                .minimum(minimum.getValue()).periodDays(periodDays.getValue());
    }
}
