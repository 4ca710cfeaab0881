package com.mentorplatform.ui.framework;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.client.model.RoleProfileResponseRequirement;
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
        assertThat(_findAll(view.competencies.grid)).extracting(CompetencyResponse::getName).contains(name);
    }

    @Test
    void editing_a_competency_sends_only_the_change() {
        FrameworkView view = openAsAcmeAdmin();
        CompetencyResponse created = client().create(new CompetencyDraft("Storytelling " + UUID.randomUUID(),
                "Communication",
                "Tells it well", List.of("one", "two", "three", "four", "five")));
        view.competencies.refresh();
        view.competencies.grid.select(created);

        _setValue(view.competencyForm.levels.get(2), "Holds a room of fifty");
        _click(view.competencyForm.save);

        CompetencyResponse saved = client().competencies().stream().filter(c -> c.getId().equals(created.getId()))
                .findFirst().orElseThrow();
        assertThat(saved.getLevelDescriptors()).containsExactly("one", "two", "Holds a room of fifty", "four", "five");
        assertThat(saved.getDescription()).isEqualTo("Tells it well");
    }

    @Test
    void deleting_a_competency_a_role_profile_requires_shows_why_it_is_refused() {
        FrameworkView view = openAsAcmeAdmin();
        UUID usedId = client().roleProfiles().stream().flatMap(profile -> profile.getRequirements().stream())
                .findFirst().orElseThrow().getCompetencyId();
        view.competencies.grid.select(_findAll(view.competencies.grid).stream()
                .filter(competency -> competency.getId().equals(usedId)).findFirst().orElseThrow());

        _click(view.competencyForm.delete);

        assertThat(view.competencyForm.problemBox().isVisible()).isTrue();
        assertThat(view.competencyForm.problemBox().getText()).contains("role profile");
        assertThat(client().competencies()).extracting(CompetencyResponse::getId).contains(usedId);
    }

    @Test
    void a_role_profiles_required_level_is_changed_in_the_form() {
        FrameworkView view = openAsAcmeAdmin();
        view.tabs.setSelectedTab(view.roleProfilesTab);
        RoleProfileResponse profile = _findAll(view.roleProfiles.grid).get(0);
        RoleProfileResponseRequirement requirement = profile.getRequirements().get(0);
        int newLevel = requirement.getLevel() == 5 ? 4 : requirement.getLevel() + 1;
        view.roleProfiles.grid.select(profile);

        Select<Integer> required = view.roleProfileForm.requiredLevelOf(requirement.getCompetencyId());
        assertThat(required.getValue()).isEqualTo(requirement.getLevel());
        _setValue(required, newLevel);
        _click(view.roleProfileForm.save);

        RoleProfileResponse saved = client().roleProfiles().stream().filter(p -> p.getId().equals(profile.getId()))
                .findFirst().orElseThrow();
        assertThat(saved.getRequirements()).hasSameSizeAs(profile.getRequirements())
                .contains(new RoleProfileResponseRequirement().competencyId(requirement.getCompetencyId())
                        .competencyName(requirement.getCompetencyName()).level(newLevel));
        assertThat(saved.getLevel()).isEqualTo(profile.getLevel());
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
