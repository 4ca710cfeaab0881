package com.mentorplatform.ui.programmes;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.TestCohorts;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ProgrammeViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_programme_page_shows_its_fields_and_its_cohorts_with_head_counts() {
        signInAsAcmeAdmin();
        ProgrammesView list = _get(ProgrammesView.class);
        _setValue(list.search, "Engineering Growth 2027");
        ProgrammeResponse growth = _findAll(list.grid).get(0);

        UI.getCurrent().navigate(ProgrammeView.class, ProgrammeView.parameters(growth.getId().toString()));
        ProgrammeView page = _get(ProgrammeView.class);

        assertThat(page.name.getText()).isEqualTo("Engineering Growth 2027");
        assertThat(page.goals.getText()).isEqualTo(growth.getGoals());
        List<CohortResponse> cohorts = _findAll(page.cohorts.grid);
        assertThat(cohorts).extracting(CohortResponse::getName).containsExactly("Spring 2027", "Autumn 2027");
        CohortResponse spring = cohorts.get(0);
        assertThat(spring.getStatus()).isEqualTo(CohortStatus.RUNNING);
        assertThat(spring.getMenteesEnrolled()).isPositive().isLessThanOrEqualTo(spring.getCapacity());
        assertThat(spring.getMentorCapacityTotal()).isGreaterThanOrEqualTo(spring.getMentorsEnrolled());
    }

    @Test
    void a_cohort_ending_before_it_starts_is_refused_on_the_dates_then_created_once_fixed() {
        signInAsAcmeAdmin();
        String programmeId = TestCohorts.programme(ConsoleSession.current().api(), "Cohort test");
        UI.getCurrent().navigate(ProgrammeView.class, ProgrammeView.parameters(programmeId));
        ProgrammeView page = _get(ProgrammeView.class);
        _click(page.cohorts.newCohort);
        CohortDialog dialog = _get(CohortDialog.class);

        _setValue(dialog.name, "Winter 2028");
        _setValue(dialog.startsOn, LocalDate.of(2028, 1, 10));
        _setValue(dialog.endsOn, LocalDate.of(2027, 12, 1));
        _setValue(dialog.capacity, 12);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).contains("after");

        _setValue(dialog.endsOn, LocalDate.of(2028, 6, 30));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        List<CohortResponse> cohorts = _findAll(page.cohorts.grid);
        assertThat(cohorts).singleElement().satisfies(cohort -> {
            assertThat(cohort.getName()).isEqualTo("Winter 2028");
            assertThat(cohort.getCapacity()).isEqualTo(12);
            assertThat(cohort.getStatus()).isEqualTo(CohortStatus.PLANNED);
            assertThat(cohort.getMatchingWeights().getGapCoverage()).isNotNull();
        });
    }

    @Test
    void editing_a_programme_moves_it_from_draft_to_active() {
        signInAsAcmeAdmin();
        ProgrammesView list = _get(ProgrammesView.class);
        _click(list.newProgramme);
        ProgrammeDialog create = _get(ProgrammeDialog.class);
        _setValue(create.name, "Draft to active " + System.nanoTime());
        _click(create.save);
        ProgrammeView page = _get(ProgrammeView.class);

        _click(page.edit);
        ProgrammeDialog edit = _get(ProgrammeDialog.class);
        assertThat(edit.status.getValue()).isEqualTo(ProgrammeStatus.DRAFT);
        _setValue(edit.status, ProgrammeStatus.ACTIVE);
        _setValue(edit.goals, "Ship a mentoring culture");
        _click(edit.save);

        assertThat(page.goals.getText()).isEqualTo("Ship a mentoring culture");
        assertThat(page.facts.getChildren().map(c -> c.getElement().getText())).contains("Active");
    }

    private static void signInAsAcmeAdmin() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(ProgrammesView.class);
    }
}
