package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Toast;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** A programme's cohorts in start order, each opening its cohort page, and the dialog for a new cohort. */
class CohortsPanel extends VerticalLayout {

    /** Where a cohort's own page lives; the cohort feature owns it. */
    static final String COHORT_ROUTE = "cohorts/";

    final Grid<CohortResponse> grid = new Grid<>(CohortResponse.class, false);
    final Button newCohort = new Button("New cohort", VaadinIcon.PLUS.create());
    private final ProgrammesClient programmes;
    private ProgrammeResponse programme;

    CohortsPanel(ProgrammesClient programmes) {
        this.programmes = programmes;
        setPadding(false);
        setSizeFull();
        configureGrid();
        add(header(), grid);
    }

    private void configureGrid() {
        grid.setId("cohorts-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortResponse::getName).setKey("name").setHeader("Cohort").setFlexGrow(2);
        grid.addColumn(cohort -> Dates.period(cohort.getStartsOn(), cohort.getEndsOn())).setKey("dates")
                .setHeader("Dates")
                .setWidth("15rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(cohort -> ProgrammeLabels.badge(cohort.getStatus()))).setKey("status")
                .setHeader("Status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(cohort -> cohort.getMenteesEnrolled() + " / " + cohort.getCapacity()).setKey("filled")
                .setHeader("Mentees / capacity").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(cohort -> cohort.getMentorsEnrolled() + " (" + cohort.getMentorCapacityTotal() + " seats)")
                .setKey("mentors").setHeader("Mentors").setWidth("10rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(cohort -> Dates.everyDays(cohort.getCheckInCadenceDays())).setKey("cadence")
                .setHeader("Check-ins").setWidth("9rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No cohorts yet. Add one with \"New cohort\".");
        grid.addItemClickListener(click -> UI.getCurrent().navigate(COHORT_ROUTE + click.getItem().getId()));
    }

    private HorizontalLayout header() {
        H4 title = new H4("Cohorts");
        title.addClassName("flush");
        newCohort.setId("new-cohort");
        newCohort.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCohort.addClickListener(click -> openNewCohort());
        HorizontalLayout header = new HorizontalLayout(title, newCohort);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return header;
    }

    void show(ProgrammeResponse shown) {
        programme = shown;
        newCohort.setEnabled(shown.getStatus() != ProgrammeStatus.CLOSED);
        grid.setItems(programmes.cohorts(shown.getId().toString()));
    }

    private void openNewCohort() {
        CohortDialog dialog = new CohortDialog(programme);
        dialog.addSaveListener(save -> {
            try {
                CohortResponse created = programmes.createCohort(programme.getId().toString(), save.change());
                dialog.close();
                Toast.done(created.getName() + " created");
                grid.setItems(programmes.cohorts(programme.getId().toString()));
            } catch (ApiProblem problem) {
                dialog.showProblem(problem);
            }
        });
        dialog.open();
    }
}
