package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.SearchField;
import com.mentorplatform.ui.paging.KeysetPages;
import com.mentorplatform.ui.people.PeopleClient;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.List;
import java.util.function.Function;

/**
 * The participants of one cohort: filters by name, role and status, a lazily paged grid with each participant's
 * actions, and the enrol and bulk-enrol dialogs. {@code onChange} runs after anything changed the head counts.
 */
public class ParticipantsPanel extends VerticalLayout {

    final Grid<ParticipantResponse> grid = new Grid<>(ParticipantResponse.class, false);
    final TextField search = new SearchField("Search by name", "Search participants");
    final Select<ParticipantRole> role = new Select<>();
    final Select<ParticipantStatus> status = new Select<>();
    final ComboBox<String> department = new ComboBox<>();
    final Button enrol = new Button("Enrol person", VaadinIcon.PLUS.create());
    final Button bulkEnrol = new Button("Bulk enrol", VaadinIcon.USERS.create());
    private final String cohortId;
    private final EnrolmentClient enrolments;
    private final ParticipantActions actions;
    private final KeysetPages<ParticipantQuery, ParticipantResponse> pages;
    private final Runnable onChange;

    public ParticipantsPanel(ApiClient api, String cohortId, Runnable onChange) {
        this.cohortId = cohortId;
        this.enrolments = new EnrolmentClient(api);
        this.onChange = onChange;
        this.pages = new KeysetPages<>(enrolments::page);
        this.actions = new ParticipantActions(enrolments, this::changed);
        setPadding(false);
        setSizeFull();
        configureGrid();
        configureFilters(new PeopleClient(api).departments());
        add(toolbar(api), grid);
    }

    private void configureGrid() {
        grid.setId("participants-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ParticipantResponse::getDisplayName).setKey("name").setHeader("Name").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(p -> Badge.of(EnrolmentLabels.role(p.getRole()),
                Participants.isMentor(p) ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL))).setKey("role").setHeader("Role")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ParticipantResponse::getDepartment).setKey("department").setHeader("Department").setFlexGrow(1);
        grid.addColumn(ParticipantResponse::getLocation).setKey("location").setHeader("Location").setFlexGrow(1);
        grid.addColumn(ParticipantResponse::getLevel).setKey("level").setHeader("Level").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ParticipantResponse::getMentorCapacity).setKey("capacity").setHeader("Takes").setWidth("5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setTooltipGenerator(p -> "Mentees this mentor takes");
        grid.addColumn(new ComponentRenderer<>(ParticipantsPanel::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(ParticipantResponse::getWithdrawalReason);
        grid.addColumn(new ComponentRenderer<>(actions::buttonsFor)).setKey("actions").setHeader("")
                .setWidth("9rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("Nobody matches. Enrol people one by one or in bulk.");
        grid.setItems(query -> pages.stream(currentQuery(), query.getOffset(), query.getLimit()));
    }

    private static Component statusBadge(ParticipantResponse participant) {
        if (Participants.leftWhileEnrolled(participant)) {
            return Badge.of("Leaver", Badge.Tone.ERROR);
        }
        return Badge.of(EnrolmentLabels.status(participant.getStatus()),
                Participants.isEnrolled(participant) ? Badge.Tone.SUCCESS : Badge.Tone.CONTRAST);
    }

    private void configureFilters(List<String> departments) {
        search.setId("participant-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        anyOf(role, ParticipantRole.values(), "All roles", EnrolmentLabels::role);
        anyOf(status, ParticipantStatus.values(), "Any status", EnrolmentLabels::status);
        department.setId("participant-department");
        department.setPlaceholder("All departments");
        department.setAriaLabel("Department");
        department.setClearButtonVisible(true);
        department.setItems(departments);
        department.setWidth("12rem");
        department.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private HorizontalLayout toolbar(ApiClient api) {
        enrol.setId("enrol-person");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(click -> new EnrolDialog(api, enrolments, cohortId, this::changed).open());
        bulkEnrol.setId("bulk-enrol");
        bulkEnrol.addClickListener(click -> new BulkEnrolDialog(api, enrolments, cohortId, this::changed).open());
        HorizontalLayout toolbar = new HorizontalLayout(search, role, status, department, enrol, bulkEnrol);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private <E> void anyOf(Select<E> select, E[] values, String any, Function<E, String> label) {
        select.setAriaLabel(any);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? any : label.apply(value));
        select.setWidth("10rem");
        select.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    ParticipantQuery currentQuery() {
        return new ParticipantQuery(cohortId, search.getValue(), role.getValue(), status.getValue(),
                department.getValue());
    }

    /** Enrolment changed: positions may have shifted and head counts moved. */
    private void changed() {
        pages.forget();
        grid.getDataProvider().refreshAll();
        onChange.run();
    }

    /** Disables enrolling once the cohort has finished: its participants stay as they were. */
    public void setEditable(boolean editable) {
        enrol.setEnabled(editable);
        bulkEnrol.setEnabled(editable);
        actions.setEditable(editable);
        grid.getDataProvider().refreshAll();
    }
}
