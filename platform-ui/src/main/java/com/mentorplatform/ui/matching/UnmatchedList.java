package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.Unmatched;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The mentees a run left without a mentor, each with why, e.g. every candidate broke a hard rule. */
class UnmatchedList extends Details {

    final Grid<Unmatched> grid = new Grid<>(Unmatched.class, false);

    UnmatchedList() {
        setId("unmatched");
        setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(Unmatched::getMenteeName).setHeader("Mentee").setFlexGrow(1);
        grid.addColumn(Unmatched::getExplanation).setHeader("Why unmatched").setFlexGrow(3)
                .setTooltipGenerator(Unmatched::getExplanation);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(List<Unmatched> unmatched) {
        setSummaryText(unmatched.isEmpty() ? "Every mentee has a proposal"
                : unmatched.size() + " mentees unmatched");
        setEnabled(!unmatched.isEmpty());
        setOpened(!unmatched.isEmpty() && unmatched.size() <= 5);
        grid.setItems(unmatched);
    }
}
