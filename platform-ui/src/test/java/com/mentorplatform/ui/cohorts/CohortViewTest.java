package com.mentorplatform.ui.cohorts;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.ui.programmes.ProgrammesClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.TestCohorts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class CohortViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_running_demo_cohort_shows_dates_cadence_status_and_how_full_it_is() {
        CohortView view = openDemoCohort(0);
        CohortResponse spring = new ProgrammesClient(ConsoleSession.current().api()).cohort(view.cohortId());

        assertThat(view.header.name.getText()).isEqualTo("Spring 2027");
        assertThat(view.header.cadence.getText()).isEqualTo("Check-ins every 14 days");
        assertThat(view.header.dates.getText()).contains(String.valueOf(spring.getStartsOn().getYear()));
        assertThat(view.capacity.menteesText.getText())
                .isEqualTo(spring.getMenteesEnrolled() + " of 50 places taken");
        assertThat(view.capacity.seatsText.getText())
                .startsWith(spring.getMentorCapacityTotal() + " seats from " + spring.getMentorsEnrolled()
                        + " mentors");
        assertThat(_find(Button.class, spec -> spec.withId("cohort-status-finished"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("cohort-status-enrolling"))).isEmpty();
    }

    @Test
    void the_matching_weights_are_shown_read_only() {
        openDemoCohort(1);

        TextField gap = _get(view().weights, TextField.class, spec -> spec.withLabel("Competency gap coverage"));
        assertThat(gap.isReadOnly()).isTrue();
        assertThat(gap.getValue()).isNotBlank();
        assertThat(_get(view().weights, TextField.class, spec -> spec.withLabel("Language rule")).getValue())
                .isEqualTo("Required");
    }

    @Test
    void a_cohort_moves_through_its_allowed_statuses_from_the_header() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        String cohortId = TestCohorts.enrollingCohort(ConsoleSession.current().api(), 5);
        UI.getCurrent().navigate("cohorts/" + cohortId);

        _click(_get(Button.class, spec -> spec.withId("cohort-status-running")));

        assertThat(status(cohortId)).isEqualTo(CohortStatus.RUNNING);
        assertThat(_find(Button.class, spec -> spec.withId("cohort-status-planned"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("cohort-status-finished")));
        assertThat(status(cohortId)).isEqualTo(CohortStatus.FINISHED);
        assertThat(_find(view().header.status, Button.class)).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("enrol-person")).isEnabled()).isFalse();
    }

    @Test
    void a_link_to_the_pair_health_of_a_cohort_opens_it_on_that_tab() {
        String cohortId = openDemoCohort(0).cohortId();

        UI.getCurrent().navigate("cohorts/" + cohortId, QueryParameters.of("tab", "pair-health"));

        assertThat(view().tabs.getSelectedTab().getId()).hasValue("pair-health-tab");
    }

    /** Opens the demo programme's cohort in row {@code row}, through the programme list and page like a user. */
    private static CohortView openDemoCohort(int row) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate("programmes");
        _setValue(_get(TextField.class, spec -> spec.withId("programme-search")), "Engineering Growth 2027");
        _clickItem(grid("programmes-grid"), 0);
        _clickItem(grid("cohorts-grid"), row);
        return view();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId(id));
        assertThat(_findAll(grid)).isNotEmpty();
        return grid;
    }

    private static CohortView view() {
        return _get(CohortView.class);
    }

    private static CohortStatus status(String cohortId) {
        return new ProgrammesClient(ConsoleSession.current().api()).cohort(cohortId).getStatus();
    }
}
