package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.ErasureResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.imports.ImportView;
import com.mentorplatform.ui.kit.SearchField;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.paging.KeysetPages;
import com.mentorplatform.ui.personaldata.PersonalDataActions;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.stream.Stream;

/** The tenant's people directory: search, department filter, a lazily paged grid and the person form. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class PeopleView extends VerticalLayout {

    final PeopleGrid grid = new PeopleGrid();
    final TextField search = new SearchField("Search by name or email", "Search people");
    final ComboBox<String> department = new ComboBox<>();
    final Button addPerson = new Button("Add person", VaadinIcon.PLUS.create());
    final Button importPeople = new Button("Import people", VaadinIcon.UPLOAD.create());
    final Button mentorProfile = new Button("Mentor profile", VaadinIcon.CLIPBOARD_USER.create());
    final Button menteeProfile = new Button("Mentee profile", VaadinIcon.CLIPBOARD_USER.create());
    final PersonForm form;
    final PersonPanel panel;
    private final PeopleClient people;
    private final KeysetPages<PersonQuery, PersonResponse> pages;
    private List<String> departments;

    public PeopleView() {
        ApiClient api = ConsoleSession.current().api();
        people = new PeopleClient(api);
        pages = new KeysetPages<>(people::page);
        form = new PersonForm(PersonPicker.search(api));
        panel = new PersonPanel(form, api);
        offerPersonalDataToTenantAdmins(api);
        departments = people.departments();
        addClassName("people-view");
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), content());
        closeEditor();
    }

    private void configureGrid() {
        grid.setItems(query -> pages.stream(currentQuery(), query.getOffset(), query.getLimit()));
        grid.asSingleSelect().addValueChangeListener(selection -> {
            editPerson(selection.getValue());
            Stream.of(mentorProfile, menteeProfile).forEach(button -> button.setEnabled(selection.getValue() != null));
        });
    }

    private void configureForm() {
        form.addSaveListener(this::savePerson);
        form.addCloseListener(close -> closeEditor());
    }

    /** Export and erasure of someone else's data are a tenant admin's, not a programme manager's. */
    private void offerPersonalDataToTenantAdmins(ApiClient api) {
        if (ConsoleSession.current().user().filter(user -> user.hasAnyRole(Role.TENANT_ADMIN)).isPresent()) {
            PersonalDataActions actions = new PersonalDataActions(api);
            actions.addErasedListener(this::personErased);
            panel.offerPersonalData(actions);
        }
    }

    private HorizontalLayout toolbar() {
        search.setId("people-search");
        search.setWidth("22rem");
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
        importPeople.setId("import-people");
        importPeople.addClickListener(click -> UI.getCurrent().navigate(ImportView.class));
        HorizontalLayout toolbar = new HorizontalLayout(search, department, addPerson, importPeople, profileButtons());
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
        buttons.addClassName("push-end");
        return buttons;
    }

    private void openProfile(String profile) {
        grid.asSingleSelect().getOptionalValue()
                .ifPresent(person -> getUI().ifPresent(ui -> ui.navigate("people/" + person.getId() + "/" + profile)));
    }

    private HorizontalLayout content() {
        HorizontalLayout content = new HorizontalLayout(grid, panel);
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, panel);
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

    private void editPerson(PersonResponse selected) {
        if (selected == null) {
            closeEditor();
        } else {
            openEditor(people.person(selected.getId().toString()));
        }
    }

    private void openEditor(PersonResponse person) {
        panel.edit(person, departments);
        panel.setVisible(true);
        grid.setDetailColumnsVisible(false);
    }

    private void closeEditor() {
        panel.setVisible(false);
        grid.setDetailColumnsVisible(true);
    }

    private void savePerson(SaveEvent<PersonResponse, PersonChange> event) {
        try {
            PersonResponse saved = event.original() == null ? people.create(event.change()) : update(event);
            pages.forget();
            departments = people.departments();
            department.setItems(departments);
            grid.asSingleSelect().clear();
            closeEditor();
            refreshGrid();
            Toast.done(saved.getDisplayName() + " saved");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }

    /** Shows the person as the erasure left them (pseudonymised), and the directory without their old name. */
    private void personErased(PersonalDataActions.ErasedEvent event) {
        ErasureResponse erasure = event.erasure();
        PersonResponse erased = people.person(erasure.getPersonId().toString());
        pages.forget();
        refreshGrid();
        openEditor(erased);
        Toast.done("Erased: " + erasure.getJournalEntriesDeleted() + " journal entries, "
                + erasure.getEvidenceDeleted() + " pieces of evidence and " + erasure.getPrivateNotesDeleted()
                + " private notes deleted; the rest is kept without their identity.");
    }

    private PersonResponse update(SaveEvent<PersonResponse, PersonChange> event) {
        PersonPatch patch = event.change().differencesFrom(event.original());
        return patch.isEmpty() ? event.original() : people.update(event.original().getId().toString(), patch);
    }
}
