package com.mentorplatform.ui.participants;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.FieldViolation;
import com.mentorplatform.ui.framework.FrameworkClient;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PersonChange;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MentorProfileViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void mentor_sees_the_apis_errors_on_the_fields_then_saves_and_finds_the_values_again() {
        MentorProfileView view = openOwnProfile();
        MentorProfileForm form = view.form;
        assertThat(form.competencies.rows()).as("the demo mentor offers competencies").isNotEmpty();
        CompetencyResponse offered = form.competencies.rows().get(0).competency.getValue();
        String bio = "Mentors on system design " + UUID.randomUUID();

        _setValue(form.hoursPerMonth, 120);
        _click(form.save);

        assertThat(form.hoursPerMonth.isInvalid()).isTrue();
        assertThat(form.hoursPerMonth.getErrorMessage()).isNotBlank();

        _setValue(form.hoursPerMonth, 9);
        _click(form.competencies.add);
        CompetencyRow twice = form.competencies.rows().get(form.competencies.rows().size() - 1);
        _setValue(twice.competency, offered);
        _setValue(twice.level, 2);
        _click(form.save);

        assertThat(form.hoursPerMonth.isInvalid()).isFalse();
        assertThat(twice.competency.isInvalid()).as("competencies[n].competencyId lands on its row").isTrue();
        assertThat(twice.competency.getErrorMessage()).contains("more than once");

        _click(twice.remove);
        _setValue(form.bio, bio);
        _setValue(form.languages, Set.of("en", "pt"));
        _setValue(form.timeZone, "Europe/Lisbon");
        _click(form.save);

        assertThat(form.hoursPerMonth.isInvalid()).isFalse();
        MentorProfileForm reloaded = reopenOwnProfile().form;
        assertThat(reloaded.hoursPerMonth.getValue()).isEqualTo(9);
        assertThat(reloaded.bio.getValue()).isEqualTo(bio);
        assertThat(reloaded.languages.getValue()).containsExactlyInAnyOrder("en", "pt");
        assertThat(reloaded.timeZone.getValue()).isEqualTo("Europe/Lisbon");
        assertThat(reloaded.competencies.rows()).extracting(row -> row.competency.getValue()).contains(offered);
    }

    @Test
    void a_competency_without_a_level_is_named_on_that_rows_level() {
        MentorProfileForm form = openOwnProfile().form;
        _click(form.competencies.add);
        CompetencyRow unrated = form.competencies.rows().get(form.competencies.rows().size() - 1);
        List<CompetencyResponse> offered = form.competencies.rows().stream().map(row -> row.competency.getValue())
                .toList();
        CompetencyResponse another = framework().stream().filter(c -> !offered.contains(c)).findFirst().orElseThrow();

        _setValue(unrated.competency, another);
        _click(form.save);

        assertThat(unrated.level.isInvalid()).isTrue();
        assertThat(unrated.competency.isInvalid()).isFalse();
    }

    @Test
    void violations_of_list_elements_land_on_their_list_field_or_row() {
        MentorProfileForm form = openOwnProfile().form;
        CompetencyRow first = form.competencies.rows().get(0);
        _click(form.save);

        form.showProblem(new ApiProblem(400, "about:blank", "Invalid request", null, List.of(
                new FieldViolation("languages[1]", "is not an ISO 639-1 language code"),
                new FieldViolation("competencies[0].level", "must be less than or equal to 5")), null));

        assertThat(form.languages.isInvalid()).isTrue();
        assertThat(form.languages.getErrorMessage()).contains("ISO 639-1");
        assertThat(first.level.isInvalid()).isTrue();
        assertThat(first.competency.isInvalid()).isFalse();
    }

    @Test
    void new_tags_typed_by_the_mentor_are_kept_in_lower_case() {
        MentorProfileForm form = openOwnProfile().form;
        String topic = "Board Politics " + UUID.randomUUID().toString().substring(0, 6);

        ComponentUtil.fireEvent(form.declinedTopics, new CustomValueSetEvent<>(form.declinedTopics, true, topic));
        _setValue(form.hoursPerMonth, 6);
        _click(form.save);

        assertThat(reopenOwnProfile().form.declinedTopics.getValue()).contains(topic.toLowerCase(Locale.ROOT));
    }

    @Test
    void hr_opening_a_person_without_a_profile_gets_an_empty_form() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        PersonResponse newcomer = new PeopleClient(ConsoleSession.current().api()).create(new PersonChange(
                "newcomer." + UUID.randomUUID() + "@acme.example", "Nia Newcomer", "Sales", "Lisbon", "Account Executive",
                2, null, null, null));

        UI.getCurrent().navigate("people/" + newcomer.getId().toString() + "/mentor-profile");

        PersonMentorProfileView view = _get(PersonMentorProfileView.class);
        assertThat(view.heading.getText()).isEqualTo("Mentor profile of Nia Newcomer");
        assertThat(view.lastSaved.getText()).startsWith("Not filled in yet");
        assertThat(view.form.competencies.rows()).isEmpty();
        assertThat(view.form.hoursPerMonth.getValue()).isNull();
        assertThat(view.form.bio.getValue()).isEmpty();
    }

    private static List<CompetencyResponse> framework() {
        return new FrameworkClient(ConsoleSession.current().api()).competencies();
    }

    private static MentorProfileView openOwnProfile() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");
        UI.getCurrent().navigate("me/mentor-profile");
        return _get(MentorProfileView.class);
    }

    private static MentorProfileView reopenOwnProfile() {
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("me/mentor-profile");
        return _get(MentorProfileView.class);
    }
}
