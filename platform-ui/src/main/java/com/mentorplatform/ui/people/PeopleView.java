package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Person;
import com.mentorplatform.ui.api.PersonPatch;
import com.mentorplatform.ui.api.PersonQuery;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.Badge;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.stream.Stream;

/** The tenant's people directory: search, department filter, a lazily paged grid and the person form. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class PeopleView extends VerticalLayout {

    private static final int SEARCH_DELAY_MS = 300;

    final Grid<Person> grid = new Grid<>(Person.class, false);
    final TextField search = new TextField();
    final ComboBox<String> department = new ComboBox<>();
    final Button addPerson = new Button("Add person", VaadinIcon.PLUS.create());
    final Button mentorProfile = new Button("Mentor profile", VaadinIcon.CLIPBOARD_USER.create());
    final Button menteeProfile = new Button("Mentee profile", VaadinIcon.CLIPBOARD_USER.create());
    final PersonForm form;
    private final ApiClient api;
    private final PeoplePages pages;
    private List<String> departments;

    public PeopleView() {
        api = ConsoleSession.current().api();
        pages = new PeoplePages(api);
        form = new PersonForm(new PeoplePages(api).nameSearch());
        departments = api.departments();
        addClassName("people-view");
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), content());
        closeEditor();
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Person::displayName).setKey("name").setHeader("Name").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(Person::email).setKey("email").setHeader("Email").setWidth("15rem").setFlexGrow(2)
                .setTooltipGenerator(Person::email);
        grid.addColumn(Person::department).setKey("department").setHeader("Department").setWidth("8rem");
        grid.addColumn(Person::location).setKey("location").setHeader("Location").setWidth("7rem");
        grid.addColumn(Person::jobTitle).setKey("jobTitle").setHeader("Job title").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(Person::jobTitle);
        grid.addColumn(Person::level).setKey("level").setHeader("Level").setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(PeopleView::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No people match your search.");
        grid.setItems(query -> pages.fetch(currentQuery(), query.getOffset(), query.getLimit()).stream());
        grid.asSingleSelect().addValueChangeListener(selection -> {
            editPerson(selection.getValue());
            Stream.of(mentorProfile, menteeProfile).forEach(button -> button.setEnabled(selection.getValue() != null));
        });
    }

    /** The columns hidden while the form is open, so the grid keeps those that tell people apart. */
    private Stream<Grid.Column<Person>> detailColumns() {
        return Stream.of("department", "location", "jobTitle", "level").map(grid::getColumnByKey);
    }

    private static Component statusBadge(Person person) {
        return person.hasLeft() ? Badge.of("Leaver", Badge.Tone.CONTRAST) : Badge.of("Active", Badge.Tone.SUCCESS);
    }

    private void configureForm() {
        form.setWidth("28rem");
        form.getStyle().set("padding", "var(--lumo-space-m)")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)")
                .set("overflow", "auto");
        form.addSaveListener(this::savePerson);
        form.addCloseListener(close -> closeEditor());
    }

    private HorizontalLayout toolbar() {
        search.setId("people-search");
        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search people");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.addValueChangeListener(change -> refreshGrid());
        department.setId("department-filter");
        department.setPlaceholder("All departments");
        department.setAriaLabel("Department");
        department.setClearButtonVisible(true);
        department.setItems(departments);
        department.addValueChangeListener(change -> refreshGrid());
        addPerson.setId("add-person");
        addPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPerson.addClickListener(click -> addPerson());
        HorizontalLayout toolbar = new HorizontalLayout(search, department, addPerson, profileButtons());
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        department.setWidth("16rem");
        return toolbar;
    }

    /** Open the selected person's participant profiles (routes of the participants screens, by address). */
    private HorizontalLayout profileButtons() {
        mentorProfile.setId("open-mentor-profile");
        menteeProfile.setId("open-mentee-profile");
        mentorProfile.addClickListener(click -> openProfile("mentor-profile"));
        menteeProfile.addClickListener(click -> openProfile("mentee-profile"));
        Stream.of(mentorProfile, menteeProfile).forEach(button -> {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(false);
        });
        HorizontalLayout buttons = new HorizontalLayout(mentorProfile, menteeProfile);
        buttons.setSpacing(false);
        buttons.getStyle().set("margin-left", "auto");
        return buttons;
    }

    private void openProfile(String profile) {
        grid.asSingleSelect().getOptionalValue()
                .ifPresent(person -> getUI().ifPresent(ui -> ui.navigate("people/" + person.id() + "/" + profile)));
    }

    private HorizontalLayout content() {
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, form);
        content.setSizeFull();
        content.setSpacing(false);
        return content;
    }

    PersonQuery currentQuery() {
        return new PersonQuery(search.getValue(), department.getValue());
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }

    private void addPerson() {
        grid.asSingleSelect().clear();
        openEditor(null);
    }

    private void editPerson(Person selected) {
        if (selected == null) {
            closeEditor();
        } else {
            openEditor(api.person(selected.id()));
        }
    }

    private void openEditor(Person person) {
        form.edit(person, departments);
        form.setVisible(true);
        detailColumns().forEach(column -> column.setVisible(false));
    }

    private void closeEditor() {
        form.setVisible(false);
        detailColumns().forEach(column -> column.setVisible(true));
    }

    private void savePerson(PersonForm.SaveEvent event) {
        try {
            Person saved = event.original() == null ? api.createPerson(event.change()) : update(event);
            pages.forget();
            departments = api.departments();
            department.setItems(departments);
            grid.asSingleSelect().clear();
            closeEditor();
            refreshGrid();
            Notification.show(saved.displayName() + " saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }

    private Person update(PersonForm.SaveEvent event) {
        PersonPatch patch = event.change().differencesFrom(event.original());
        return patch.isEmpty() ? event.original() : api.updatePerson(event.original().id(), patch);
    }
}
