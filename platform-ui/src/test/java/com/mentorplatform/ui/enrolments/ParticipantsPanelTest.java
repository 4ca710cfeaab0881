package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.BulkPreviewCandidate;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.people.PersonRef;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.TestCohorts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ParticipantsPanelTest {

    private static final int CAPACITY = 3;

    private ParticipantsPanel panel;
    private List<PersonResponse> sales;

    @BeforeEach
    void openAFreshCohort() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        ApiClient api = ConsoleSession.current().api();
        String cohortId = TestCohorts.enrollingCohort(api, CAPACITY);
        sales = new PeopleClient(api).page(new PersonQuery(null, "Sales"), 20, null).items().stream()
                .filter(person -> !PeopleClient.hasLeft(person)).toList();
        UI.getCurrent().navigate("cohorts/" + cohortId);
        panel = _get(ParticipantsPanel.class);
    }

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void an_enrolled_mentee_is_listed_and_counted_in_the_capacity_bar() {
        enrol(sales.get(0), ParticipantRole.MENTEE);

        assertThat(_findAll(panel.grid)).singleElement().satisfies(participant -> {
            assertThat(participant.getPersonId()).isEqualTo(sales.get(0).getId());
            assertThat(participant.getRole()).isEqualTo(ParticipantRole.MENTEE);
        });
        assertThat(text("capacity-mentees")).isEqualTo("1 of 3 places taken");
        assertThat(text("capacity-seats")).contains("1 short");
    }

    @Test
    void a_mentor_takes_two_mentees_unless_told_and_the_seats_count_them() {
        enrol(sales.get(0), ParticipantRole.MENTOR);

        assertThat(_findAll(panel.grid)).singleElement()
                .satisfies(mentor -> assertThat(mentor.getMentorCapacity()).isEqualTo(2));
        assertThat(text("capacity-seats")).startsWith("2 seats from 1 mentors");
    }

    @Test
    void enrolling_someone_again_in_the_other_role_is_refused_on_the_person_field() {
        enrol(sales.get(0), ParticipantRole.MENTEE);

        EnrolDialog dialog = enrolDialog(sales.get(0), ParticipantRole.MENTOR);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.person.isInvalid()).isTrue();
        assertThat(dialog.person.getErrorMessage()).contains("already enrolled as MENTEE");
    }

    @Test
    void a_full_cohort_refuses_another_mentee_and_says_so() {
        sales.subList(0, CAPACITY).forEach(person -> enrol(person, ParticipantRole.MENTEE));

        EnrolDialog dialog = enrolDialog(sales.get(CAPACITY), ParticipantRole.MENTEE);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Component.class, spec -> spec.withText("All 3 mentee places are taken"))).isNotNull();
        assertThat(text("capacity-mentees")).isEqualTo("3 of 3 places taken");
    }

    @Test
    void the_list_filters_by_role_department_and_name() {
        PersonResponse engineer = new PeopleClient(ConsoleSession.current().api()).page(new PersonQuery(null, "Engineering"), 20, null)
                .items().stream().filter(person -> !PeopleClient.hasLeft(person)).findFirst().orElseThrow();
        enrol(sales.get(0), ParticipantRole.MENTEE);
        enrol(engineer, ParticipantRole.MENTOR);

        _setValue(panel.role, ParticipantRole.MENTOR);
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getPersonId).containsExactly(engineer.getId());
        _setValue(panel.role, null);
        _setValue(panel.department, "Sales");
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getPersonId)
                .containsExactly(sales.get(0).getId());
        _setValue(panel.department, null);
        _setValue(panel.search, engineer.getDisplayName());
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getPersonId).contains(engineer.getId());
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getDisplayName)
                .allMatch(name -> name.contains(engineer.getDisplayName()));
    }

    @Test
    void withdrawing_asks_for_a_reason_and_frees_the_place() {
        enrol(sales.get(0), ParticipantRole.MENTEE);
        _click(rowButton(0, "participant-withdraw"));
        WithdrawDialog dialog = _get(WithdrawDialog.class);

        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();

        _setValue(dialog.reason, "Changed team");
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(panel.grid)).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
            assertThat(withdrawn.getWithdrawalReason()).isEqualTo("Changed team");
        });
        assertThat(text("capacity-mentees")).isEqualTo("0 of 3 places taken");
        _setValue(panel.status, ParticipantStatus.ENROLLED);
        assertThat(_findAll(panel.grid)).isEmpty();
    }

    @Test
    void a_mentors_capacity_change_shows_in_the_list_and_in_the_history() {
        enrol(sales.get(0), ParticipantRole.MENTOR);
        _click(rowButton(0, "participant-capacity"));
        CapacityDialog dialog = _get(CapacityDialog.class);

        _setValue(dialog.capacity, 4);
        _click(dialog.confirm);
        _click(rowButton(0, "participant-history"));

        assertThat(_findAll(panel.grid).get(0).getMentorCapacity()).isEqualTo(4);
        assertThat(_findAll(_get(HistoryDialog.class).grid)).extracting(EnrolmentLabels::change)
                .containsExactly("Enrolled as mentor taking 2 mentees", "Capacity 2 → 4");
    }

    @Test
    void bulk_enrol_previews_who_is_added_and_skipped_then_enrols_exactly_them() {
        enrol(sales.get(0), ParticipantRole.MENTEE);
        _click(panel.bulkEnrol);
        BulkEnrolDialog dialog = _get(BulkEnrolDialog.class);
        assertThat(dialog.capacity.isVisible()).isFalse();
        _setValue(dialog.role, ParticipantRole.MENTOR);
        assertThat(dialog.capacity.isVisible()).isTrue();
        _setValue(dialog.capacity, 3);
        _setValue(dialog.departments, Set.of("Sales"));
        // Level 5 and up: few enough that the preview lists every one (it shows at most 50).
        _setValue(dialog.minLevel, 5);

        _click(dialog.preview);

        BulkPreviewPanel preview = dialog.previewPanel;
        List<BulkPreviewCandidate> toAdd = _findAll(preview.toAdd);
        assertThat(toAdd).isNotEmpty().allMatch(candidate -> "Sales".equals(candidate.getDepartment())
                && candidate.getLevel() >= 5);
        assertThat(preview.summary.getText()).contains(toAdd.size() + " mentors would be added");
        assertThat(dialog.confirm.isEnabled()).isTrue();
        boolean menteeMatches = sales.get(0).getLevel() != null && sales.get(0).getLevel() >= 5;
        assertThat(preview.skipped.getChildren().anyMatch(line ->
                line.getElement().getClassList().contains("bulk-skipped-enrolled_in_other_role"))).isEqualTo(menteeMatches);

        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        _setValue(panel.role, ParticipantRole.MENTOR);
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getDisplayName)
                .containsExactlyElementsOf(toAdd.stream().map(BulkPreviewCandidate::getDisplayName).toList());
        assertThat(_findAll(panel.grid)).extracting(ParticipantResponse::getMentorCapacity).containsOnly(3);
    }

    @Test
    void bulk_enrolling_more_mentees_than_places_is_shown_and_cannot_be_confirmed() {
        _click(panel.bulkEnrol);
        BulkEnrolDialog dialog = _get(BulkEnrolDialog.class);
        _setValue(dialog.departments, Set.of("Sales"));

        _click(dialog.preview);

        assertThat(dialog.previewPanel.capacityWarning.isVisible()).isTrue();
        assertThat(dialog.previewPanel.capacityWarning.getText()).contains("only 3 places are left");
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }

    @Test
    void bulk_enrol_without_any_filter_shows_the_apis_complaint() {
        _click(panel.bulkEnrol);
        BulkEnrolDialog dialog = _get(BulkEnrolDialog.class);

        _click(dialog.preview);

        assertThat(dialog.departments.isInvalid()).isTrue();
        assertThat(dialog.previewPanel.isVisible()).isFalse();
    }

    private void enrol(PersonResponse person, ParticipantRole role) {
        EnrolDialog dialog = enrolDialog(person, role);
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).as("enrolled " + person.getDisplayName()).isFalse();
    }

    private EnrolDialog enrolDialog(PersonResponse person, ParticipantRole role) {
        _click(panel.enrol);
        EnrolDialog dialog = _get(EnrolDialog.class);
        _setValue(dialog.person, PersonRef.of(person));
        _setValue(dialog.role, role);
        return dialog;
    }

    private Button rowButton(int row, String className) {
        Component actions = _getCellComponent(panel.grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withClasses(className));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
