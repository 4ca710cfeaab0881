package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.programmes.ProgrammesClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.NotFound;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;

/** The matching workbench of one cohort, with its pairs on a second tab. */
@Route(value = "cohorts/:cohortId/matching", layout = MainLayout.class)
@PageTitle("Matching | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class MatchingView extends VerticalLayout implements BeforeEnterObserver {

    private static final String PARAMETER = "cohortId";

    final TabSheet tabs = new TabSheet();
    Workbench workbench;
    PairsPanel pairs;
    Tab pairsTab;
    private final ApiClient api;
    private final MatchingClient client;
    private List<ParticipantResponse> mentors;
    private CohortResponse cohort;

    public MatchingView() {
        api = ConsoleSession.current().api();
        client = new MatchingClient(api);
        setSizeFull();
        tabs.setWidthFull();
        // The tabs take the height the header leaves and scroll inside, so the page itself never scrolls.
        tabs.setMinHeight("0");
        tabs.setId("matching-tabs");
    }

    /** The route parameters that open the workbench of {@code cohortId}. */
    public static RouteParameters parameters(String cohortId) {
        return new RouteParameters(PARAMETER, cohortId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PARAMETER).orElse("");
        Optional<CohortResponse> found = NotFound.rerouteIfMissing(event, () -> new ProgrammesClient(api).cohort(id));
        if (found.isEmpty()) {
            return;
        }
        cohort = found.get();
        workbench = new Workbench(api, client, cohortId(), this::mentors, this::showPairs);
        pairs = new PairsPanel(client, cohortId(), this::mentors);
        tabs.add("Workbench", workbench);
        pairsTab = tabs.add("Pairs", pairs);
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == pairsTab) {
                pairs.refresh();
            }
        });
        removeAll();
        add(header(), tabs);
        expand(tabs);
        workbench.show(cohort.getMatchingWeights());
        UI.getCurrent().getPage().setTitle("Matching " + cohort.getName() + " | Mentoring Platform");
    }

    private HorizontalLayout header() {
        H3 title = new H3("Matching · " + cohort.getName());
        title.addClassName("flush");
        Anchor back = new Anchor("cohorts/" + cohortId(), "Back to the cohort");
        back.setId("back-to-cohort");
        HorizontalLayout header = new HorizontalLayout(title, back);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    void showPairs() {
        tabs.setSelectedTab(pairsTab);
    }

    private List<ParticipantResponse> mentors() {
        if (mentors == null) {
            mentors = client.mentors(cohortId());
        }
        return mentors;
    }

    private String cohortId() {
        return cohort.getId().toString();
    }
}
