package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.stream.Stream;

/** The directory's columns, with a status badge; the detail columns give way while the side panel is open. */
final class PeopleGrid extends Grid<PersonResponse> {

    PeopleGrid() {
        super(PersonResponse.class, false);
        setId("people-grid");
        setSizeFull();
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(PersonResponse::getDisplayName).setKey("name").setHeader("Name").setWidth("12rem").setFlexGrow(1);
        addColumn(PersonResponse::getEmail).setKey("email").setHeader("Email").setWidth("15rem").setFlexGrow(2)
                .setTooltipGenerator(PersonResponse::getEmail);
        addColumn(PersonResponse::getDepartment).setKey("department").setHeader("Department").setWidth("8rem");
        addColumn(PersonResponse::getLocation).setKey("location").setHeader("Location").setWidth("7rem");
        addColumn(PersonResponse::getJobTitle).setKey("jobTitle").setHeader("Job title").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(PersonResponse::getJobTitle);
        addColumn(PersonResponse::getLevel).setKey("level").setHeader("Level").setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(new ComponentRenderer<>(PeopleGrid::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("6.5rem").setFlexGrow(0);
        getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        setEmptyStateText("No people match your search.");
    }

    /** Shows or hides the columns that matter least, so the grid keeps those that tell people apart. */
    void setDetailColumnsVisible(boolean visible) {
        Stream.of("department", "location", "jobTitle", "level").map(this::getColumnByKey)
                .forEach(column -> column.setVisible(visible));
    }

    private static Component statusBadge(PersonResponse person) {
        return PeopleClient.hasLeft(person) ? Badge.of("Leaver", Badge.Tone.CONTRAST) : Badge.of("Active", Badge.Tone.SUCCESS);
    }
}
