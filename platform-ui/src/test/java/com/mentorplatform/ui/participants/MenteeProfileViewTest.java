package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.MenteeProfileResponse;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.client.model.RoleProfileResponseRequirement;
import com.mentorplatform.ui.framework.FrameworkClient;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PeopleView;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.people.PersonRef;
import com.mentorplatform.ui.roadmaps.MyRoadmapView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MenteeProfileViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void mentee_picks_a_target_role_and_rates_its_competencies_which_come_first() {
        MenteeProfileForm form = openOwnProfile().form;
        RoleProfileResponse target = roleOtherThan(form.targetRole.getValue());

        _setValue(form.targetRole, target);

        List<CompetencyRow> rows = form.competencies.rows();
        List<RoleProfileResponseRequirement> required = target.getRequirements();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(required.size());
        for (int i = 0; i < required.size(); i++) {
            assertThat(rows.get(i).competencyId()).contains(required.get(i).getCompetencyId());
            assertThat(rows.get(i).required.getText()).isEqualTo("Role asks for " + required.get(i).getLevel());
            assertThat(rows.get(i).isPinned()).isTrue();
            _setValue(rows.get(i).level, Math.max(1, required.get(i).getLevel() - 1));
        }
        _click(form.save);

        MenteeProfileForm reloaded = reopenOwnProfile().form;
        assertThat(reloaded.targetRole.getValue()).isEqualTo(target);
        for (int i = 0; i < required.size(); i++) {
            CompetencyRow row = reloaded.competencies.rows().get(i);
            assertThat(row.competencyId()).contains(required.get(i).getCompetencyId());
            assertThat(row.level.getValue()).isEqualTo(Math.max(1, required.get(i).getLevel() - 1));
        }
    }

    @Test
    void a_fourth_preferred_mentor_is_refused_and_three_are_kept() {
        MenteeProfileForm form = openOwnProfile().form;
        List<PersonRef> people = directory("a", 4);

        _setValue(form.preferredMentors, new LinkedHashSet<>(people.subList(0, 3)));
        _setValue(form.preferredMentors, new LinkedHashSet<>(people));

        assertThat(form.preferredMentors.getValue()).containsExactlyInAnyOrderElementsOf(people.subList(0, 3));
        assertThat(form.preferredMentors.isInvalid()).isTrue();
        assertThat(form.preferredMentors.getErrorMessage()).contains("at most 3");
    }

    @Test
    void admin_corrects_a_persons_mentee_profile_opened_from_the_directory() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(PeopleView.class);
        @SuppressWarnings("unchecked")
        Grid<PersonResponse> directory = _get(Grid.class, spec -> spec.withId("people-grid"));
        PersonResponse someone = _findAll(directory).get(17);
        directory.select(someone);
        String goals = "Lead the data platform migration " + UUID.randomUUID();

        _click(_get(Button.class, spec -> spec.withId("open-mentee-profile")));
        PersonMenteeProfileView view = _get(PersonMenteeProfileView.class);
        _setValue(view.form.goals, goals);
        _click(view.form.save);

        assertThat(view.heading.getText()).isEqualTo("Mentee profile of " + someone.getDisplayName());
        MenteeProfileResponse stored = new ParticipantsClient(ConsoleSession.current().api())
                .menteeProfile(ProfileOwner.person(someone));
        assertThat(stored.getGoals()).isEqualTo(goals);
        assertThat(view.lastSaved.getText()).startsWith("Last saved");
    }

    @Test
    void a_mentee_cannot_open_the_hr_route_to_someone_elses_profile() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        PersonResponse someone = new PeopleClient(ConsoleSession.current().api()).page(new PersonQuery("a", null), 1, null).items().get(0);

        UI.getCurrent().navigate("people/" + someone.getId().toString() + "/mentee-profile");

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyRoadmapView.class);
    }

    private static RoleProfileResponse roleOtherThan(RoleProfileResponse current) {
        return new FrameworkClient(ConsoleSession.current().api()).roleProfiles().stream()
                .filter(role -> !role.equals(current) && role.getRequirements().size() >= 3)
                .findFirst().orElseThrow();
    }

    private static List<PersonRef> directory(String search, int count) {
        return new PeopleClient(ConsoleSession.current().api()).page(new PersonQuery(search, null), count + 1, null).items().stream()
                .filter(person -> !person.getEmail().equals("mentee@acme.example"))
                .limit(count).map(PersonRef::of).toList();
    }

    private static MenteeProfileView openOwnProfile() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        UI.getCurrent().navigate("me/mentee-profile");
        return _get(MenteeProfileView.class);
    }

    private static MenteeProfileView reopenOwnProfile() {
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("me/mentee-profile");
        return _get(MenteeProfileView.class);
    }
}
