package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.NotFound;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One programme: its fields, an edit dialog, and its cohorts with a dialog for a new one. */
@Route(value = "programmes/:programmeId", layout = MainLayout.class)
@PageTitle("Programme | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver {

    private static final String PARAMETER = "programmeId";

    final H3 name = new H3();
    final HorizontalLayout facts = new HorizontalLayout();
    final Paragraph goals = new Paragraph();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final CohortsPanel cohorts;
    private final ProgrammesClient programmes;
    private ProgrammeResponse programme;

    public ProgrammeView() {
        programmes = new ProgrammesClient(ConsoleSession.current().api());
        cohorts = new CohortsPanel(programmes);
        setSizeFull();
        configureHeader();
        add(new RouterLink("← All programmes", ProgrammesView.class), header(), goals, cohorts);
        setFlexGrow(1, cohorts);
    }

    /** The route parameters of {@code programmeId}'s page. */
    public static RouteParameters parameters(String programmeId) {
        return new RouteParameters(PARAMETER, programmeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PARAMETER).orElse("");
        NotFound.rerouteIfMissing(event, () -> programmes.programme(id)).ifPresent(this::show);
    }

    private void configureHeader() {
        name.setId("programme-title");
        name.addClassName("flush");
        edit.setId("edit-programme");
        edit.addClickListener(click -> ProgrammeEditing.open(programmes, programme, this::show));
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        goals.addClassNames("note", "prose", "readable");
    }

    private HorizontalLayout header() {
        HorizontalLayout header = new HorizontalLayout(name, facts, edit);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(facts);
        return header;
    }

    private void show(ProgrammeResponse shown) {
        programme = shown;
        name.setText(shown.getName());
        facts.removeAll();
        facts.add(ProgrammeLabels.badge(shown.getStatus()), Hint.of(ProgrammeLabels.type(shown.getType())),
                Hint.of("Owner: " + shown.getOwnerName()));
        goals.setText(shown.getGoals() == null ? "No goals written yet." : shown.getGoals());
        cohorts.show(shown);
        UI.getCurrent().getPage().setTitle(shown.getName() + " | Mentoring Platform");
    }
}
