package com.mentorplatform.ui.programmes;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ProgrammesViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_list_shows_the_demo_programmes_with_owner_status_and_cohort_count() {
        ProgrammesView view = openAsAcmeAdmin();

        List<ProgrammeResponse> programmes = _findAll(view.grid);

        ProgrammeResponse growth = programmes.stream().filter(p -> p.getName().equals("Engineering Growth 2027"))
                .findFirst().orElseThrow();
        assertThat(growth.getCohortCount()).isEqualTo(2);
        assertThat(growth.getStatus()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(growth.getOwnerName()).isNotBlank();
        assertThat(programmes).extracting(ProgrammeResponse::getName).contains("New-hire onboarding")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void search_and_status_filter_narrow_the_list() {
        ProgrammesView view = openAsAcmeAdmin();

        _setValue(view.search, "growth");
        assertThat(_findAll(view.grid)).extracting(ProgrammeResponse::getName).contains("Engineering Growth 2027")
                .allMatch(name -> name.toLowerCase().contains("growth"));

        _setValue(view.search, "");
        _setValue(view.status, ProgrammeStatus.ACTIVE);
        assertThat(_findAll(view.grid)).extracting(ProgrammeResponse::getName).contains("Engineering Growth 2027");
        assertThat(_findAll(view.grid)).extracting(ProgrammeResponse::getStatus).containsOnly(ProgrammeStatus.ACTIVE);

        _setValue(view.status, ProgrammeStatus.CLOSED);
        assertThat(_findAll(view.grid)).extracting(ProgrammeResponse::getName)
                .doesNotContain("Engineering Growth 2027");
    }

    @Test
    void a_taken_name_is_shown_on_the_name_field_and_the_fixed_programme_opens_its_page() {
        ProgrammesView view = openAsAcmeAdmin();
        _click(view.newProgramme);
        ProgrammeDialog dialog = _get(ProgrammeDialog.class);

        _setValue(dialog.name, "Engineering Growth 2027");
        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already used");
        assertThat(dialog.isOpened()).isTrue();

        String name = "Leadership Circle " + UUID.randomUUID().toString().substring(0, 8);
        _setValue(dialog.name, name);
        _setValue(dialog.type, ProgrammeType.GROUP);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        ProgrammeView page = _get(ProgrammeView.class);
        assertThat(page.name.getText()).isEqualTo(name);
    }

    @Test
    void a_blank_name_is_refused_on_the_name_field() {
        ProgrammesView view = openAsAcmeAdmin();
        _click(view.newProgramme);
        ProgrammeDialog dialog = _get(ProgrammeDialog.class);

        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_mentor_is_kept_out_of_programmes_and_cohorts() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("programmes");
        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
        UI.getCurrent().navigate("cohorts/" + UUID.randomUUID());
        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    private static ProgrammesView openAsAcmeAdmin() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(ProgrammesView.class);
        return _get(ProgrammesView.class);
    }
}
