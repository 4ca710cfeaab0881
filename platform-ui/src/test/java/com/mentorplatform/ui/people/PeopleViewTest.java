package com.mentorplatform.ui.people;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.paging.KeysetPages;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class PeopleViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void directory_lists_every_person_once_in_name_order() {
        PeopleView view = openDirectoryAsAcmeAdmin();

        List<PersonResponse> everyone = _findAll(view.grid);

        assertThat(everyone).hasSizeGreaterThan(KeysetPages.MAX_PAGE);
        assertThat(everyone).extracting(PersonResponse::getId).doesNotHaveDuplicates();
        assertThat(everyone).extracting(PersonResponse::getEmail).allMatch(email -> email.endsWith("@acme.example"));
        assertThat(everyone).extracting(PersonResponse::getDisplayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void search_narrows_the_directory_to_matching_people() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        int everyone = _findAll(view.grid).size();
        PersonResponse someone = _get(view.grid, 42);

        _setValue(view.search, someone.getDisplayName());

        List<PersonResponse> found = _findAll(view.grid);
        assertThat(found).isNotEmpty().hasSizeLessThan(everyone).contains(someone);
        String wanted = someone.getDisplayName().toLowerCase(Locale.ROOT);
        assertThat(found).allMatch(person -> person.getDisplayName().toLowerCase(Locale.ROOT).contains(wanted));
    }

    @Test
    void department_filter_shows_only_that_department() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        int everyone = _findAll(view.grid).size();

        _setValue(view.department, "Engineering");

        List<PersonResponse> engineers = _findAll(view.grid);
        assertThat(engineers).isNotEmpty().hasSizeLessThan(everyone);
        assertThat(engineers).extracting(PersonResponse::getDepartment).containsOnly("Engineering");
    }

    @Test
    void edit_form_shows_the_apis_violation_next_to_the_email_field() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        PersonResponse someone = _get(view.grid, 3);
        view.grid.select(someone);

        _setValue(view.form.email, "not-an-email");
        _click(view.form.save);

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isNotBlank();
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void add_form_shows_the_apis_violation_next_to_the_email_field() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        _click(view.addPerson);

        _setValue(view.form.email, "not-an-email");
        _setValue(view.form.displayName, "Nora Newcomer");
        _click(view.form.save);

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_new_person_saved_from_the_form_is_found_in_the_directory() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        String name = "Quinn Testcase " + UUID.randomUUID().toString().substring(0, 8);
        _click(view.addPerson);

        _setValue(view.form.email, "quinn." + UUID.randomUUID() + "@acme.example");
        _setValue(view.form.displayName, name);
        _setValue(view.form.department, "Engineering");
        _setValue(view.form.level, 4);
        _click(view.form.save);
        _setValue(view.search, name);

        assertThat(view.panel.isVisible()).isFalse();
        assertThat(_findAll(view.grid)).extracting(PersonResponse::getDisplayName).containsExactly(name);
    }

    @Test
    void leavers_carry_a_leaver_badge_and_everyone_else_an_active_one() {
        PeopleView view = openDirectoryAsAcmeAdmin();

        List<PersonResponse> everyone = _findAll(view.grid);

        assertThat(everyone).anyMatch(PeopleClient::hasLeft);
        for (int row = 0; row < everyone.size(); row++) {
            Span badge = (Span) _getCellComponent(view.grid, row, "status");
            assertThat(badge.getText()).isEqualTo(PeopleClient.hasLeft(everyone.get(row)) ? "Leaver" : "Active");
        }
    }

    @Test
    void clearing_left_on_in_the_form_makes_a_leaver_active_again() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        ApiClient api = ConsoleSession.current().api();
        PersonResponse leaver = new PeopleClient(api).create(new PersonChange("returner." + UUID.randomUUID() + "@acme.example",
                "Rita Returner", "Sales", "Lisbon", "Account Executive", 3, null, LocalDate.of(2020, 1, 6),
                LocalDate.of(2024, 6, 28)));
        _setValue(view.search, leaver.getEmail());
        view.grid.select(_get(view.grid, 0));

        _setValue(view.form.leftOn, null);
        _click(view.form.save);

        PersonResponse returned = new PeopleClient(api).person(leaver.getId().toString());
        assertThat(returned.getLeftOn()).isNull();
        assertThat(PeopleClient.hasLeft(returned)).isFalse();
        assertThat(returned.getJobTitle()).isEqualTo("Account Executive");
    }

    @Test
    void history_tab_lists_a_change_made_through_the_form_with_its_author() {
        PeopleView view = openDirectoryAsAcmeAdmin();
        ApiClient api = ConsoleSession.current().api();
        PersonResponse person = new PeopleClient(api).create(new PersonChange("mover." + UUID.randomUUID() + "@acme.example",
                "Milo Mover", "Sales", "Lisbon", "Account Executive", 3, null, LocalDate.of(2021, 3, 1), null));
        _setValue(view.search, person.getEmail());
        view.grid.select(_get(view.grid, 0));
        _setValue(view.form.jobTitle, "Account Manager");
        _click(view.form.save);

        view.grid.select(_get(view.grid, 0));
        view.panel.setSelectedTab(view.panel.historyTab);

        List<PersonHistory.Row> history = _findAll(view.panel.history);
        String admin = ConsoleSession.current().user().orElseThrow().displayName();
        assertThat(history).contains(new PersonHistory.Row(Dates.day(LocalDate.now()), "Job title",
                "Account Executive → Account Manager", "Edit", admin));
    }

    @Test
    void a_new_person_has_no_history_tab() {
        PeopleView view = openDirectoryAsAcmeAdmin();

        _click(view.addPerson);

        assertThat(view.panel.historyTab.isVisible()).isFalse();
        assertThat(view.panel.getSelectedTab()).isEqualTo(view.panel.detailsTab);
    }

    @Test
    void mentor_is_kept_out_of_the_people_directory() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("people");

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    private static PeopleView openDirectoryAsAcmeAdmin() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(PeopleView.class);
        return _get(PeopleView.class);
    }
}
