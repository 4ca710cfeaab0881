package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.SearchField;
import com.mentorplatform.ui.paging.KeysetPages;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The tenant's programmes: search by name, filter by status, a lazily paged grid, and a new programme. */
@Route(value = "programmes", layout = MainLayout.class)
@PageTitle("Programmes | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class ProgrammesView extends VerticalLayout {

    final Grid<ProgrammeResponse> grid = new Grid<>(ProgrammeResponse.class, false);
    final TextField search = new SearchField("Search by name", "Search programmes");
    final Select<ProgrammeStatus> status = new Select<>();
    final Button newProgramme = new Button("New programme", VaadinIcon.PLUS.create());
    private final ProgrammesClient programmes;
    private final KeysetPages<ProgrammeQuery, ProgrammeResponse> pages;

    public ProgrammesView() {
        programmes = new ProgrammesClient(ConsoleSession.current().api());
        pages = new KeysetPages<>(programmes::page);
        setSizeFull();
        configureGrid();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("programmes-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProgrammeResponse::getName).setKey("name").setHeader("Name").setFlexGrow(2);
        grid.addColumn(programme -> ProgrammeLabels.type(programme.getType())).setKey("type").setHeader("Type")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(ProgrammeResponse::getOwnerName).setKey("owner").setHeader("Owner").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(programme -> ProgrammeLabels.badge(programme.getStatus())))
                .setKey("status").setHeader("Status").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ProgrammeResponse::getCohortCount).setKey("cohorts").setHeader("Cohorts").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No programmes match. Start one with \"New programme\".");
        grid.setItems(query -> pages.stream(currentQuery(), query.getOffset(), query.getLimit()));
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private HorizontalLayout toolbar() {
        search.setId("programme-search");
        search.setWidth("20rem");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.setId("programme-status-filter");
        status.setAriaLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItems(ProgrammeStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : ProgrammeLabels.status(value));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        newProgramme.setId("new-programme");
        newProgramme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProgramme.addClickListener(click -> ProgrammeEditing.open(programmes, null, this::open));
        HorizontalLayout toolbar = new HorizontalLayout(search, status, newProgramme);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    ProgrammeQuery currentQuery() {
        return new ProgrammeQuery(search.getValue(), status.getValue());
    }

    private void open(ProgrammeResponse programme) {
        pages.forget();
        UI.getCurrent().navigate(ProgrammeView.class, ProgrammeView.parameters(programme.getId().toString()));
    }
}
