package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.HistoryEntry;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** Every state change of one enrolment, oldest first: when, what, and who made it. */
class HistoryDialog extends Dialog {

    final Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);

    HistoryDialog(ParticipantResponse participant, List<HistoryEntry> history) {
        setId("history-dialog");
        setHeaderTitle("History of " + participant.getDisplayName());
        setWidth("44rem");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(entry -> Dates.moment(entry.getOccurredAt())).setHeader("When").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(EnrolmentLabels::change).setHeader("Change").setFlexGrow(2)
                .setTooltipGenerator(EnrolmentLabels::change);
        grid.addColumn(entry -> entry.getActorName() == null ? "—" : entry.getActorName()).setHeader("By").setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button("Close", click -> close()));
    }
}
