package com.mentorplatform.ui.framework;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class FrameworkViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_new_competency_missing_a_level_is_refused_at_that_level_then_saved_once_it_is_filled() {
        FrameworkView view = openAsAcmeAdmin();
        String name = "Negotiation " + UUID.randomUUID().toString().substring(0, 8);
        _click(view.competencies.add);
        CompetencyForm form = view.competencyForm;
        _setValue(form.name, name);
        _setValue(form.category, "Business");
        for (int level = 0; level < 4; level++) {
            _setValue(form.levels.get(level), "Negotiates at level " + (level + 1));
        }

        _click(form.save);

        assertThat(form.levels.get(4).isInvalid()).isTrue();
        assertThat(form.levels.get(4).getErrorMessage()).isNotBlank();
        assertThat(form.name.isInvalid()).isFalse();
        _setValue(form.levels.get(4), "Sets the organisation's negotiating strategy");
        _click(form.save);
        assertThat(form.isVisible()).isFalse();
        assertThat(_findAll(view.competencies.grid)).extracting(Competency::name).contains(name);
    }

    @Test
    void editing_a_competency_sends_only_the_change() {
        FrameworkView view = openAsAcmeAdmin();
        Competency created = client().create(new CompetencyDraft("Storytelling " + UUID.randomUUID(), "Communication",
                "Tells it well", List.of("one", "two", "three", "four", "five")));
        view.competencies.refresh();
        view.competencies.grid.select(created);

        _setValue(view.competencyForm.levels.get(2), "Holds a room of fifty");
        _click(view.competencyForm.save);

        Competency saved = client().competencies().stream().filter(c -> c.id().equals(created.id())).findFirst()
                .orElseThrow();
        assertThat(saved.levelDescriptors()).containsExactly("one", "two", "Holds a room of fifty", "four", "five");
        assertThat(saved.description()).isEqualTo("Tells it well");
    }

    @Test
    void deleting_a_competency_a_role_profile_requires_shows_why_it_is_refused() {
        FrameworkView view = openAsAcmeAdmin();
        String usedId = client().roleProfiles().stream().flatMap(profile -> profile.requirements().stream())
                .findFirst().orElseThrow().competencyId();
        view.competencies.grid.select(_findAll(view.competencies.grid).stream()
                .filter(competency -> competency.id().equals(usedId)).findFirst().orElseThrow());

        _click(view.competencyForm.delete);

        assertThat(view.competencyForm.problemBox().isVisible()).isTrue();
        assertThat(view.competencyForm.problemBox().getText()).contains("role profile");
        assertThat(client().competencies()).extracting(Competency::id).contains(usedId);
    }

    @Test
    void a_role_profiles_required_level_is_changed_in_the_form() {
        FrameworkView view = openAsAcmeAdmin();
        view.tabs.setSelectedTab(view.roleProfilesTab);
        RoleProfile profile = _findAll(view.roleProfiles.grid).get(0);
        RoleProfile.Requirement requirement = profile.requirements().get(0);
        int newLevel = requirement.level() == 5 ? 4 : requirement.level() + 1;
        view.roleProfiles.grid.select(profile);

        Select<Integer> required = view.roleProfileForm.requiredLevelOf(requirement.competencyId());
        assertThat(required.getValue()).isEqualTo(requirement.level());
        _setValue(required, newLevel);
        _click(view.roleProfileForm.save);

        RoleProfile saved = client().roleProfiles().stream().filter(p -> p.id().equals(profile.id())).findFirst()
                .orElseThrow();
        assertThat(saved.requirements()).hasSameSizeAs(profile.requirements())
                .contains(new RoleProfile.Requirement(requirement.competencyId(), requirement.competencyName(),
                        newLevel));
        assertThat(saved.level()).isEqualTo(profile.level());
    }

    @Test
    void a_role_profile_without_a_level_is_refused_at_the_level_field() {
        FrameworkView view = openAsAcmeAdmin();
        view.tabs.setSelectedTab(view.roleProfilesTab);
        _click(view.roleProfiles.add);

        _setValue(view.roleProfileForm.name, "Chief Storyteller " + UUID.randomUUID());
        _setValue(view.roleProfileForm.family, "Engineering");
        _click(view.roleProfileForm.save);

        assertThat(view.roleProfileForm.level.isInvalid()).isTrue();
        assertThat(view.roleProfileForm.isVisible()).isTrue();
    }

    @Test
    void mentor_is_kept_out_of_the_framework_editor() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("framework");

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    private static FrameworkClient client() {
        return new FrameworkClient(ConsoleSession.current().api());
    }

    private static FrameworkView openAsAcmeAdmin() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(FrameworkView.class);
        return _get(FrameworkView.class);
    }
}
