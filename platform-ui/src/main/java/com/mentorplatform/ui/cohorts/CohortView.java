package com.mentorplatform.ui.cohorts;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.enrolments.ParticipantsPanel;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.oversight.PairHealthPanel;
import com.mentorplatform.ui.programmes.ProgrammeLabels;
import com.mentorplatform.ui.programmes.ProgrammesClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.NotFound;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One cohort: header with its status transitions, how full it is, its matching weights, and tabs for its
 * participants and its pairs' health.
 */
@Route(value = "cohorts/:cohortId", layout = MainLayout.class)
@PageTitle("Cohort | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class CohortView extends VerticalLayout implements BeforeEnterObserver {

    private static final String PARAMETER = "cohortId";
    /** {@code ?tab=pair-health} opens the cohort on its pairs' health. */
    static final String TAB_PARAMETER = "tab";
    static final String PAIR_HEALTH_TAB = "pair-health";

    final CohortHeader header = new CohortHeader();
    final CapacityBar capacity = new CapacityBar();
    final WeightsPanel weights = new WeightsPanel();
    ParticipantsPanel participants;
    PairHealthPanel pairHealth;
    TabSheet tabs;
    private final ApiClient api;
    private final ProgrammesClient programmes;
    private String programmeName;
    private CohortResponse cohort;

    public CohortView() {
        api = ConsoleSession.current().api();
        programmes = new ProgrammesClient(api);
        setSizeFull();
        header.addStatusChangeListener(change -> moveTo(change.status()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PARAMETER).orElse("");
        Optional<CohortResponse> found = NotFound.rerouteIfMissing(event, () -> programmes.cohort(id));
        Optional<String> programme = found.flatMap(loaded -> NotFound.rerouteIfMissing(event,
                () -> programmes.programme(loaded.getProgrammeId().toString()).getName()));
        if (programme.isEmpty()) {
            return;
        }
        cohort = found.get();
        programmeName = programme.get();
        participants = new ParticipantsPanel(api, cohortId(), this::reload);
        pairHealth = new PairHealthPanel(api, cohortId());
        configureTabs();
        removeAll();
        add(header, capacity, weights, tabs);
        setFlexGrow(1, tabs);
        show(cohort);
        // The analytics dashboard links a pair needing attention to its cohort's pair health.
        if (event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(TAB_PARAMETER, List.of()).contains(PAIR_HEALTH_TAB)) {
            tabs.setSelectedTab(tabs.getTabAt(1));
        }
    }

    /** Participants, and the pairs' health (loaded when its tab is first chosen, and afresh each time). */
    private void configureTabs() {
        tabs = new TabSheet();
        tabs.setId("cohort-tabs");
        tabs.setSizeFull();
        tabs.add("Participants", participants);
        Tab health = tabs.add("Pair health", pairHealth);
        health.setId("pair-health-tab");
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == health) {
                pairHealth.refresh();
            }
        });
    }

    String cohortId() {
        return cohort.getId().toString();
    }

    private void show(CohortResponse shown) {
        cohort = shown;
        header.show(shown, programmeName);
        capacity.show(shown);
        weights.show(shown.getMatchingWeights());
        participants.setEditable(shown.getStatus() != CohortStatus.FINISHED);
        UI.getCurrent().getPage().setTitle(shown.getName() + " | Mentoring Platform");
    }

    private void reload() {
        show(programmes.cohort(cohortId()));
    }

    private void moveTo(CohortStatus status) {
        try {
            show(programmes.changeStatus(cohortId(), status));
            Toast.done(cohort.getName() + " is now " + ProgrammeLabels.status(status).toLowerCase(Locale.ROOT));
        } catch (ApiProblem problem) {
            Toast.refused(problem);
        }
    }
}
